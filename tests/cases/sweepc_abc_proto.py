from abc import ABC, abstractmethod
from typing import Protocol, runtime_checkable, NamedTuple, TypedDict, Generic, TypeVar, Optional


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Bad(Shape):
    def area(self):
        return 0


for s in [Rect(2, 3.5), Square(4)]:
    print(s.describe())
try:
    Bad()
except TypeError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), isinstance(Square(1), Shape))


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Sprite:
    def draw(self):
        return "sprite!"


print(isinstance(Sprite(), Drawable), isinstance(Rect(1, 1), Drawable))


class Pair(NamedTuple):
    left: int
    right: int = 0

    def total(self):
        return self.left + self.right


p = Pair(3)
print(p, p.total(), p._fields, Pair.__annotations__)


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie.__total__)

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), type(s).__name__)
print(Stack[int], Stack[str] == Stack[str], Stack[int].__origin__ is Stack)
