# typing.NamedTuple: class syntax with annotations, defaults, methods,
# docstrings, the functional form, and subclassing.
from typing import NamedTuple, Optional, List


class Employee(NamedTuple):
    """An employee record."""
    name: str
    dept: str = "eng"
    salary: float = 0.0
    manager: Optional[str] = None

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split())

    def __str__(self):
        return f"{self.name} ({self.dept})"


e = Employee("Grace Hopper", salary=100.0)
print(e, repr(e), e.initials, e.raise_by(10))
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(Employee.__doc__, isinstance(e, tuple), len(e), e[0], e[-2])
name, dept, salary, manager = e
print(name, dept, salary, manager)
print(e._asdict(), Employee._make(["A B", "ops", 1.0, "X"]))
print(sorted([Employee("b", salary=2.0), Employee("a", salary=3.0)], key=lambda x: x.salary))
try:
    Employee()
except TypeError as e2:
    print("TypeError:", e2)
try:
    e.name = "other"
except AttributeError as e3:
    print("AttributeError:", e3)

Pair = NamedTuple("Pair", [("left", int), ("right", int)])
p = Pair(1, 2)
print(p, Pair.__annotations__, p.left + p.right)
Coord = NamedTuple("Coord", lat=float, lon=float)
print(Coord(1.5, 2.5), Coord._fields)


class Point3(NamedTuple):
    x: int
    y: int
    z: int = 0


class Labeled(Point3):
    def label(self):
        return f"P{tuple(self)}"


lp = Labeled(1, 2)
print(lp, lp.label(), Labeled.__mro__[1].__name__, Point3.__bases__)
try:
    class Broken(NamedTuple):
        a: int = 0
        b: int
except TypeError as e4:
    print("TypeError:", e4)


class Stack(NamedTuple):
    items: List[int]

    def push(self, v):
        return Stack(self.items + [v])


s = Stack([]).push(1).push(2)
print(s, s.items, hash(Point3(1, 2)) == hash((1, 2, 0)), Point3(1, 2) == (1, 2, 0))
