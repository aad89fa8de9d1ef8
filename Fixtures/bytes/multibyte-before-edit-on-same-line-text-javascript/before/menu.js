// Menü — Desserts 🍰
const title = "Crème brûlée → dessert 🍮", limit = 5;

export function describe() {
  return `${title} (max ${limit})`;
}
