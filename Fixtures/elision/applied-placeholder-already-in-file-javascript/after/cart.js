export function addItem(cart, item) {
  const existing = cart.items.find((entry) => entry.id === item.id);
  if (existing) {
    existing.quantity += item.quantity;
  } else {
    cart.items.push({...item});
  }
  // ... existing code ...
  return {...cart};
}
