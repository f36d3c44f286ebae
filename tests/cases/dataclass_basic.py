# Basic dataclasses: generated __init__, __repr__, __eq__, defaults and fields().
from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0

    def dist2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.dist2())
print(Point(1), Point(y=5, x=2))
print(p == Point(3, 4), p == Point(4, 3), p != Point(3, 4))
print(p == (3, 4))
print(Point.__eq__(p, "x"))
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def total(self) -> float:
        return self.price * self.qty


items = [Inventory("widget", 2.5, 4), Inventory("gadget", 10.0), Inventory("doohickey", 0.75, 12, ["small"])]
for it in items:
    print(it, it.total())
items[1].tags.append("new")
print(items[0].tags, items[1].tags)
print([f.name for f in fields(Inventory)])
print([(f.name, f.type) for f in fields(items[0])])
print(is_dataclass(Inventory), is_dataclass(items[0]), is_dataclass(Point(1)), is_dataclass(int), is_dataclass(3))
print(Inventory.__match_args__)
print(Inventory.__init__.__qualname__, Inventory.__repr__.__name__)
print(Point.x if hasattr(Point, "x") else "no class attr x", Point.y)
print(sorted(vars(Point(7, 8)).items()))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())
print(Point.__doc__)
print(Inventory.__doc__)


class Outer:
    @dataclass
    class Inner:
        v: str = "in"


print(Outer.Inner(), repr(Outer.Inner("x")))
