from decimal import Decimal, ROUND_HALF_EVEN
from functools import reduce
from collections import namedtuple

Product = namedtuple("Product", "sku name price category")
CATALOG = {p.sku: p for p in [
    Product("A1", "Notebook", Decimal("3.49"), "paper"),
    Product("B2", "Pen (blue)", Decimal("1.25"), "writing"),
    Product("C3", "Backpack", Decimal("39.90"), "bags"),
    Product("D4", "Stapler", Decimal("12.00"), "office"),
]}


class Cart:
    TAX = Decimal("0.0825")

    def __init__(self):
        self.lines = {}
        self.coupons = []

    def add(self, sku, qty=1):
        if sku not in CATALOG:
            raise KeyError(sku)
        self.lines[sku] = self.lines.get(sku, 0) + qty
        return self

    def remove(self, sku, qty=1):
        left = self.lines.get(sku, 0) - qty
        if left > 0:
            self.lines[sku] = left
        else:
            self.lines.pop(sku, None)

    def apply(self, code):
        self.coupons.append(code)

    def subtotal(self):
        return sum((CATALOG[s].price * q for s, q in self.lines.items()), Decimal("0"))

    def discount(self):
        sub = self.subtotal()
        d = Decimal("0")
        for c in self.coupons:
            if c == "TENOFF" and sub >= 50:
                d += Decimal("10")
            elif c.startswith("PCT"):
                d += (sub * Decimal(c[3:]) / 100)
        return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)

    def total(self):
        taxable = self.subtotal() - self.discount()
        tax = (taxable * self.TAX).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        return taxable + tax, tax

    def receipt(self):
        rows = []
        for sku, q in sorted(self.lines.items()):
            p = CATALOG[sku]
            rows.append(f"{p.name:<12}{q:>3} x {p.price:>6} = {p.price * q:>8}")
        total, tax = self.total()
        rows.append(f"{'subtotal':<26}{self.subtotal():>8}")
        rows.append(f"{'discount':<26}{-self.discount():>8}")
        rows.append(f"{'tax':<26}{tax:>8}")
        rows.append(f"{'TOTAL':<26}{total:>8}")
        return "\n".join(rows)


cart = Cart().add("A1", 3).add("B2", 10).add("C3")
cart.add("D4").remove("B2", 4)
cart.remove("D4")
cart.apply("TENOFF")
cart.apply("PCT5")
print(cart.receipt())
try:
    cart.add("ZZ")
except KeyError as e:
    print("unknown sku", e)
by_cat = reduce(lambda acc, s: {**acc, CATALOG[s].category: acc.get(CATALOG[s].category, 0) + cart.lines[s]}, cart.lines, {})
print(by_cat, max(CATALOG.values(), key=lambda p: p.price).name)
