# PEP 604 unions (int | None) in annotations and isinstance, and typing
# forms evaluated at definition time.
from typing import Optional, Union, List, Dict, Tuple, Callable, Any, TypeVar, Generic

T = TypeVar("T")


def parse(text: str | None = None, base: int | float = 10) -> int | None:
    if text is None:
        return None
    return int(text, base) if isinstance(base, int) else None


print(parse("ff", 16), parse(), parse.__annotations__)
print(int | None, str | int | None, type(int | str).__name__)
print(isinstance(5, int | str), isinstance("s", int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str))
print((int | str) == (str | int), int | int, (int | str).__args__)
print(Optional[int], Union[int, str, None], Union[int], Union[str, Union[int, str]])
print(Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str])
print(Dict[str, List[Tuple[int, ...]]], Callable[[int, str], bool], Callable[..., Any], Tuple[()])
print(List["Node"], Optional[List[int]] | None)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


def apply(fn: Callable[[T], T], value: T) -> T:
    return fn(value)


b: Box[int] = Box(3)
print(b.get(), apply(lambda v: v * 2, 21), Box.__init__.__annotations__, apply.__annotations__)
print(T, TypeVar("U", bound=int).__bound__)
try:
    isinstance(1, 3)
except TypeError as e:
    print("TypeError:", e)
