# typing annotations, abc abstract classes, string constants and copy
from typing import List, Dict, Optional, Tuple, Any, Callable, TypeVar, Generic, Union
from abc import ABC, abstractmethod
import string
import copy

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


def total(xs: List[int], scale: float = 1.0) -> Dict[str, float]:
    return {"sum": sum(xs) * scale}


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop())
print(total([1, 2, 3], 2.0))
print(List[int], Dict[str, int], Optional[int], Tuple[int, ...], Any, T)
print(Union[int, str], Callable[[int], str])


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def name(self) -> str: ...

    def describe(self) -> str:
        return f"{self.name()} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0.0


print(Square(3).describe(), isinstance(Square(1), Shape))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   big world"), len(string.printable))

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1], c[2] == {"k": [4]})


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.x.append(7)
print(p, q, r, q.x is p.x, r.x is p.x)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
