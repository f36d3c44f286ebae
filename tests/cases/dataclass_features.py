# Dataclasses with metadata, recursive reprs, manual __slots__, ABC bases,
# Generic bases, operator methods and generators.
import dataclasses
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import ClassVar, Generic, List, TypeVar

T = TypeVar("T")


@dataclass
class A:
    xs: list = field(default_factory=lambda: [1, 2])
    unit: float = field(default=1.0, metadata={"unit": "m"})

    def __post_init__(self):
        self.n = len(self.xs)


a = A()
print(a, a.n, dataclasses.fields(a)[1].metadata["unit"], dataclasses.fields(a)[1].metadata)
print(dict(dataclasses.fields(A)[1].metadata), len(dataclasses.fields(A)[0].metadata))


@dataclass
class Rec:
    name: str
    child: "Rec" = None


r = Rec("a")
r.child = r
print(r)


@dataclass
class S:
    __slots__ = ("a", "b")
    a: int
    b: int


print(S(1, 2), S(1, 2) == S(1, 2))


@dataclass
class B:
    x: int

    @property
    def double(self):
        return self.x * 2


print(B(2).double, B(2) == A())


@dataclass(frozen=True)
class F:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(F(1)) == hash(F(1, [2])), F(1) == F(1, [5]))
print(dataclasses.is_dataclass(F), dataclasses.asdict(F(3)))


@dataclass
class Shape(ABC):
    name: str

    @abstractmethod
    def area(self) -> float: ...


@dataclass
class Sq(Shape):
    side: float = 1.0

    def area(self):
        return self.side ** 2


print(Sq("sq", 2), Sq("s").area())
try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Box(Generic[T]):
    items: List[T] = field(default_factory=list)
    count: ClassVar[int] = 0


b = Box[int]()
b.items.append(1)
print(b, Box.count)


@dataclass
class V:
    x: float
    y: float

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(V(1, 2) + V(3, 4), V(1, 1) * 3, abs(V(3, 4)))


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(list(t.walk()), t)
