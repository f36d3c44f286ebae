from .items import Item
from . import items as items_module


class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item.name}: wanted {wanted}, have {have}")
        self.item = item


class Inventory:
    def __init__(self):
        self._stock = {}

    def add(self, item, qty=1):
        if not isinstance(item, Item):
            raise TypeError(f"not an item: {item!r}")
        self._stock[item] = self._stock.get(item, 0) + qty
        return self

    def take(self, item, qty):
        have = self._stock.get(item, 0)
        if qty > have:
            raise OutOfStock(item, qty, have)
        self._stock[item] = have - qty

    def __len__(self):
        return sum(self._stock.values())

    def __iter__(self):
        return iter(sorted(self._stock.items(), key=lambda kv: kv[0].name))

    def total(self):
        return sum(i.price * q for i, q in self._stock.items())

    @staticmethod
    def created_items():
        return items_module.Item.count
