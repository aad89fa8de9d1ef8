export interface LineItem {
  productId: string;
  unitPrice: number;
  quantity: number;
}

export class Cart {
  private readonly lines: LineItem[] = [];

  add(item: LineItem): void {
    const existing = this.lines.find((l) => l.productId === item.productId);
    if (existing) {
      existing.quantity += item.quantity;
    } else {
      this.lines.push({ ...item });
    }
  }

  remove(productId: string): void {
    const index = this.lines.findIndex((l) => l.productId === productId);
    if (index >= 0) {
      this.lines.splice(index, 1);
    }
  }

  total(discount = 0): number {
    const gross = this.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
    return Math.max(0, gross - discount);
  }

  get size(): number {
    return this.lines.length;
  }
}
