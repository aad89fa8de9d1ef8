"""Stock keeping for the warehouse service."""

from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    quantity: int = 0
    reserved: int = 0

    @property
    def available(self) -> int:
        return self.quantity - self.reserved


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)

    def add(self, sku: str, count: int) -> Item:
        item = self.items.setdefault(sku, Item(sku))
        item.quantity += count
        return item

    def reserve(self, sku: str, count: int) -> bool:
        item = self.items.get(sku)
        if item is None:
            return False
        if item.available < count:
            return False
        item.reserved += count
        return True

    def release(self, sku: str, count: int) -> None:
        item = self.items[sku]
        item.reserved -= count
