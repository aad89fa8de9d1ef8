export function page(items, n) {
  const limit = 10;
  return items.slice(n * limit, (n + 1) * limit);
}
