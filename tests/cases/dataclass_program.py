# A small order-processing program built on dataclasses and enums.
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from typing import List, Dict, Optional


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()


@dataclass(frozen=True, order=True)
class Product:
    sku: str
    price: float = field(compare=False)
    name: str = field(default="", compare=False)


@dataclass
class Line:
    product: Product
    qty: int = 1

    @property
    def total(self) -> float:
        return round(self.product.price * self.qty, 2)


@dataclass
class Order:
    id: int
    customer: str
    lines: List[Line] = field(default_factory=list)
    status: Status = Status.NEW
    notes: Optional[str] = field(default=None, repr=False)

    def add(self, product: Product, qty: int = 1) -> "Order":
        for line in self.lines:
            if line.product == product:
                line.qty += qty
                return self
        self.lines.append(Line(product, qty))
        return self

    @property
    def total(self) -> float:
        return round(sum(l.total for l in self.lines), 2)

    def advance(self) -> None:
        order = [Status.NEW, Status.PAID, Status.SHIPPED]
        if self.status in order[:-1]:
            self.status = order[order.index(self.status) + 1]


catalog = {p.sku: p for p in [Product("A1", 9.99, "pen"), Product("B2", 24.5, "book"), Product("C3", 3.25, "clip")]}
o1 = Order(1, "ann").add(catalog["A1"], 3).add(catalog["C3"]).add(catalog["A1"])
o2 = Order(2, "bob", notes="gift").add(catalog["B2"], 2)
o3 = Order(3, "cy")
for o in (o1, o2, o3):
    print(o)
    print("  total:", o.total, "status:", o.status.name)
o1.advance()
o1.advance()
o1.advance()
o2.status = Status.CANCELLED
print([(o.id, o.status) for o in (o1, o2, o3)])
by_status: Dict[Status, List[int]] = {}
for o in (o1, o2, o3):
    by_status.setdefault(o.status, []).append(o.id)
print(by_status)
print(sorted(catalog.values()))
print(asdict(o2))
copy = replace(o2, id=4, lines=list(o2.lines))
copy.lines.append(Line(catalog["C3"], 10))
print(len(o2.lines), len(copy.lines), copy.total, copy == o2, copy.notes)
summary = {s.name: sum(o.total for o in (o1, o2, o3) if o.status is s) for s in Status}
print(summary)
