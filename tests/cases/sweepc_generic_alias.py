from typing import Generic, TypeVar, Iterator, Protocol, Optional, Dict

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    @classmethod
    def empty(cls):
        return cls(None)

    def __repr__(self):
        return f"Box({self.item!r})"


class Registry(Generic[K, V]):
    def __init__(self):
        self._d: Dict[K, V] = {}

    def add(self, k: K, v: V) -> None:
        self._d[k] = v

    def __iter__(self) -> Iterator[K]:
        return iter(self._d)


class IntBox(Box[int]):
    def double(self):
        return IntBox(self.item * 2)


b = Box[int](5)
print(b, b.get(), type(b).__name__, b.__orig_class__)
print(Box[int], Box[str] == Box[str], Box[int] == Box[str], Box[int].__origin__ is Box, Box[int].__args__)
print(Registry[str, int], Registry[K, int][str])
print(Box[int].empty(), IntBox(4).double(), IntBox.__bases__, IntBox.__orig_bases__)
print(issubclass(IntBox, Box), isinstance(IntBox(1), Box), IntBox.__mro__[1].__name__)
r = Registry[str, float]()
r.add("pi", 3.14)
r.add("e", 2.72)
print(list(r), Box.__parameters__ if hasattr(Box, "__parameters__") else "?")
print(Optional[Box[int]])


class SupportsClose(Protocol):
    def close(self) -> None: ...


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v

    def swap(self) -> "Pair[V, K]":
        return Pair(self.v, self.k)


p = Pair("a", 1).swap()
print(p.k, p.v, Pair[str, int])
print({Box[int]: 1}[Box[int]])
