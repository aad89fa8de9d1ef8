export function page(items, n) {
  const limit = 25;
  return items.slice(n * limit, (n + 1) * limit);
}
