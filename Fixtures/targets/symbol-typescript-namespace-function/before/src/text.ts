export namespace Text {
  export function pad(s: string, width: number): string {
    return s.padStart(width);
  }

  export function truncate(s: string, max: number): string {
    return s.length > max ? s.slice(0, max) : s;
  }
}
