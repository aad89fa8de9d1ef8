"""A small LRU cache whose entries expire.

Entries older than ``ttl`` seconds are dropped on read; the least recently
used entry is evicted when the cache grows past ``capacity``.
"""

import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, capacity: int, ttl: float) -> None:
        self.capacity = capacity
        self.ttl = ttl
        self._data: OrderedDict = OrderedDict()

    def get(self, key):
        entry = self._data.get(key)
        if entry is None:
            return None
        value, expires = entry
        if expires <= time.monotonic():
            self._data.pop(key, None)
            return None
        self._data.move_to_end(key)
        return value

    def put(self, key, value) -> None:
        self._data[key] = (value, time.monotonic() + self.ttl)
        self._data.move_to_end(key)
        while len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)
