import { formatMoney } from "./money.js";

export function orderLine(order) {
  return `Order ${order.id}: ${formatMoney(order.total)}`;
}
