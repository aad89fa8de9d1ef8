export class Rect {
  constructor(public w: number, public h: number) {}

  area(): number {
    return this.w * this.h;
  }
}
