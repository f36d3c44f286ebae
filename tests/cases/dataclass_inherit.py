# Dataclass inheritance: field order, overriding defaults, methods and super().
from dataclasses import dataclass, field, fields, asdict


@dataclass
class Animal:
    name: str
    legs: int = 4

    def describe(self):
        return f"{self.name} with {self.legs} legs"


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True

    def describe(self):
        base = super().describe()
        return base + (" (flies)" if self.can_fly else " (walks)")


@dataclass
class Penguin(Bird):
    can_fly: bool = False
    colony: str = "antarctic"


for a in [Animal("dog"), Bird("robin"), Penguin("pingu"), Penguin("tux", colony="linux")]:
    print(a, "|", a.describe())
print([f.name for f in fields(Penguin)])
print(asdict(Penguin("p")))
print(Bird("b") == Animal("b", 2), isinstance(Penguin("x"), Animal))


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


@dataclass
class Widget(Mixin):
    id: int
    label: str = ""


print(Widget(1, "ok"), Widget(2).hello())


@dataclass
class Base:
    x: int
    items: list = field(default_factory=list)


class NotADataclass(Base):
    def extra(self):
        return len(self.items)


n = NotADataclass(5, [1, 2])
print(n, n.extra())


@dataclass
class Child(Base):
    z: int = 0

    def __post_init__(self):
        self.items.append(self.z)


print(Child(1), Child(1, [9], 3))


@dataclass
class WithRepr:
    v: int

    def __repr__(self):
        return f"<WithRepr {self.v}>"


@dataclass
class SubRepr(WithRepr):
    w: int = 0


print(WithRepr(1), SubRepr(2, 3))


@dataclass(frozen=True)
class FBase:
    a: int


@dataclass(frozen=True)
class FChild(FBase):
    b: int = 1


print(FChild(1), hash(FChild(1, 2)) == hash((1, 2)))
try:
    @dataclass
    class Thawed(FBase):
        c: int = 0
except TypeError as e:
    print("TypeError:", e)
