import { formatMoney } from "./money.js";

export function orderLine(order) {
  return `#${order.id}: ${formatMoney(order.total)}`;
}
