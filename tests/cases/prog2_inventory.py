# Inventory management with record-like classes, validation and reports
class Product:
    __slots__ = ("sku", "name", "price", "category")
    def __init__(self, sku, name, price, category):
        self.sku, self.name, self.price, self.category = sku, name, price, category
    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price})"

class StockError(Exception):
    pass

class Inventory:
    def __init__(self, low_threshold=5):
        self.stock = {}
        self.low_threshold = low_threshold
        self.events = []
    def add(self, product, qty):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        self.stock[product] = self.stock.get(product, 0) + qty
        self.events.append(("in", product.sku, qty))
    def remove(self, product, qty):
        have = self.stock.get(product, 0)
        if qty > have:
            raise StockError(f"only {have} of {product.sku} in stock, wanted {qty}")
        self.stock[product] = have - qty
        self.events.append(("out", product.sku, qty))
    def fulfil(self, order):
        # all-or-nothing: check every line before removing anything
        for product, qty in order:
            if self.stock.get(product, 0) < qty:
                raise StockError(f"order cannot be filled: {product.name} x{qty}")
        for product, qty in order:
            self.remove(product, qty)
        return sum(p.price * q for p, q in order)
    def value(self):
        return round(sum(p.price * q for p, q in self.stock.items()), 2)
    def low_stock(self):
        return sorted(p.sku for p, q in self.stock.items() if q < self.low_threshold)
    def by_category(self):
        cats = {}
        for p, q in self.stock.items():
            cats.setdefault(p.category, []).append((p.name, q))
        return {c: sorted(items) for c, items in sorted(cats.items())}

catalog = {
    "P1": Product("P1", "hammer", 12.5, "tools"),
    "P2": Product("P2", "nails (100)", 3.2, "hardware"),
    "P3": Product("P3", "drill", 89.0, "tools"),
    "P4": Product("P4", "screws (50)", 4.75, "hardware"),
    "P5": Product("P5", "tape", 2.0, "misc"),
}
inv = Inventory()
for sku, qty in [("P1", 10), ("P2", 40), ("P3", 3), ("P4", 25), ("P5", 8), ("P1", 5)]:
    inv.add(catalog[sku], qty)
print("value:", inv.value(), "low:", inv.low_stock())

orders = [
    [("P1", 2), ("P2", 10)],
    [("P3", 2), ("P5", 1)],
    [("P3", 2), ("P1", 1)],
    [("P4", 30)],
    [("P5", 7), ("P2", 30)],
]
revenue = 0
for i, lines in enumerate(orders, 1):
    order = [(catalog[s], q) for s, q in lines]
    try:
        amount = inv.fulfil(order)
        revenue += amount
        print(f"order {i}: filled, {amount:.2f}")
    except StockError as e:
        print(f"order {i}: rejected - {e}")
try:
    inv.add(catalog["P5"], 0)
except ValueError as e:
    print("ValueError:", e)
print("revenue:", round(revenue, 2), "value now:", inv.value())
print("low stock:", inv.low_stock())
for cat, items in inv.by_category().items():
    print(f"  {cat:<9}", items)
outs = [e for e in inv.events if e[0] == "out"]
print("movements out:", len(outs), "units:", sum(q for _, _, q in outs))
print(Product("P1", "other name", 0, "x") == catalog["P1"], len({catalog["P1"], Product("P1", "dup", 1, "y")}))
