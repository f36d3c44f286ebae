# asdict, astuple, replace and make_dataclass; nested dataclasses.
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass, fields
from collections import namedtuple


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


p = Person("Ada", 36, Address("1 Main St", "London"), ["555-1234"], {"k": Address("x", "y")})
d = asdict(p)
print(d)
print(type(d["address"]).__name__, d["address"]["city"])
print(astuple(p))
d["phones"].append("new")
print(p.phones)

older = replace(p, age=37)
print(older.age, older.name, older is p, older.address is p.address)
try:
    replace(p, height=1)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Address)
except TypeError as e:
    print("TypeError:", e)
try:
    astuple(5)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(object())
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Pt:
    x: int
    y: int = 0
    scale: int = field(init=False, default=1)


q = replace(Pt(1, 2), y=5)
print(q)
try:
    replace(q, scale=3)
except ValueError as e:
    print("ValueError:", e)

Pair = namedtuple("Pair", "a b")


@dataclass
class Holder:
    pair: Pair
    many: tuple


h = Holder(Pair(Address("s", "c"), 2), (Address("t", "d"), 3))
print(asdict(h))
print(astuple(h))
print(asdict(Pt(3), dict_factory=lambda kv: sorted(kv, reverse=True)))

Color = make_dataclass("Color", [("r", int), ("g", int, field(default=0)), ("b", int, field(default=0))])
print(Color(255), Color(1, 2, 3) == Color(1, 2, 3), [f.name for f in fields(Color)])
Named = make_dataclass("Named", ["a", ("b", str)], namespace={"twice": lambda self: self.a * 2})
print(Named(2, "x"), Named(3, "y").twice())
