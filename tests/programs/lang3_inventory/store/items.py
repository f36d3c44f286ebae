class Item:
    count = 0

    def __init__(self, name, price):
        self.name = name
        self.price = price
        Item.count += 1

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price})"

    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.price) == (other.name, other.price)

    def __hash__(self):
        return hash((self.name, self.price))


class Perishable(Item):
    def __init__(self, name, price, days):
        super().__init__(name, price)
        self.days = days

    @property
    def expired(self):
        return self.days <= 0
