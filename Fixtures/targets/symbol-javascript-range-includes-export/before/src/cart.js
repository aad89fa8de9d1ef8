const TAX_RATE = 0.2;

export function subtotal(items) {
  return items.reduce((sum, item) => sum + item.price * item.qty, 0);
}

export function total(items) {
  return subtotal(items) * (1 + TAX_RATE);
}
