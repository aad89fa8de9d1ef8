from dataclasses import dataclass


@dataclass
class Order:
    id: int
    total: float

    def is_large(self):
        return self.total > 1000
