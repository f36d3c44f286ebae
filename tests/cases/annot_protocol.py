# typing.Protocol: structural use, @runtime_checkable isinstance/issubclass,
# explicit subclassing and instantiation errors.
from typing import Protocol, runtime_checkable, Iterable, TypeVar
from abc import abstractmethod

@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...

class SupportsArea(Protocol):
    def area(self) -> float: ...

class Circle:
    def __init__(self, r): self.r = r
    def draw(self): return f"circle {self.r}"
    def area(self): return 3.14 * self.r ** 2

class Square:
    def area(self): return 4.0

def render(items: Iterable[Drawable]) -> list:
    return [d.draw() for d in items]

def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)

print(render([Circle(1), Circle(2)]), total_area([Circle(1), Square()]))
print(isinstance(Circle(1), Drawable), isinstance(Square(), Drawable), isinstance(3, Drawable))
try:
    isinstance(Circle(1), SupportsArea)
except TypeError as e:
    print("TypeError:", e)
try:
    Drawable()
except TypeError as e:
    print("TypeError:", e)

class Explicit(Drawable):
    def draw(self): return "explicit"
print(Explicit().draw(), isinstance(Explicit(), Drawable), issubclass(Circle, Drawable), issubclass(Square, Drawable))
try:
    runtime_checkable(Circle)
except TypeError as e:
    print("TypeError:", e)

T = TypeVar("T")
class Comparable(Protocol[T]):
    def __lt__(self, other: T) -> bool: ...

def smallest(xs: list) -> object:
    return min(xs)
print(smallest([3, 1, 2]))

@runtime_checkable
class Named(Protocol):
    name: str
class Person:
    def __init__(self): self.name = "x"
print(isinstance(Person(), Named), isinstance(Square(), Named))
