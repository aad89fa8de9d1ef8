export function formatPrice(cents, currency = "USD") {
  const amount = (cents / 100).toFixed(2);
  console.log("formatPrice", cents, currency);
  return `${currency} ${amount}`;
}

export function formatDate(date) {
  return date.toISOString().slice(0, 10);
}
