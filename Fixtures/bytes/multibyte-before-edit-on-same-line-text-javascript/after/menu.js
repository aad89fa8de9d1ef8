// Menü — Desserts 🍰
const title = "Crème brûlée → dessert 🍮", limit = 12;

export function describe() {
  return `${title} (max ${limit})`;
}
