export function formatMoney(value) {
  return `$${value.toFixed(2)}`;
}
