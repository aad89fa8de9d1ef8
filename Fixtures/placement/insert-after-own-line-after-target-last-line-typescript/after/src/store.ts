export class Store<T> {
  private items = new Map<string, T>();

  get(id: string): T | undefined {
    return this.items.get(id);
  }

  set(id: string, value: T): void {
    this.items.set(id, value);
  }
}
