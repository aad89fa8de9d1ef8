const TAX_RATE = 0.2;

export function subtotal(items) {
  return items.reduce((sum, item) => sum + item.price * item.qty, 0);
}

function total(items, rate = TAX_RATE) {
  return subtotal(items) * (1 + rate);
}
