from .pricing import with_tax, format_price
from . import catalog


class Cart:
    def __init__(self):
        self.lines = []

    def add(self, sku, qty=1):
        item = catalog.lookup(sku)
        self.lines.append((item, qty))
        return self

    def total(self):
        return sum(with_tax(item["price"]) * qty for item, qty in self.lines)

    def receipt(self):
        out = []
        for item, qty in self.lines:
            out.append(f"{qty} x {item['name']:<8} {format_price(with_tax(item['price']) * qty):>8}")
        out.append(f"{'TOTAL':<12} {format_price(self.total()):>8}")
        return "\n".join(out)
