# typing names in annotations and at run time: reprs, equality,
# get_type_hints, get_origin/get_args, TypedDict, NewType, cast.
from typing import (Any, Callable, Dict, FrozenSet, List, Literal, Optional, Set, Tuple,
                    TypedDict, Union, NewType, cast, get_args, get_origin, get_type_hints,
                    Iterable, Iterator, Sequence, Mapping, Type, Final, ClassVar)


def process(items: List[int], lookup: Dict[str, float], mode: Literal["fast", "slow"] = "fast",
            callback: Optional[Callable[[int], None]] = None) -> Tuple[int, ...]:
    return tuple(items)


for name, hint in process.__annotations__.items():
    print(f"{name:>8}: {hint}")
print(get_type_hints(process) == process.__annotations__)
print(List[int], Set[str], FrozenSet[int], Iterable[str], Iterator[int], Sequence[float], Mapping[str, Any])
print(Type[int], Final[int], ClassVar[List[int]], Union[int, str, None], Optional[Dict[str, int]])
print(get_origin(List[int]), get_args(Dict[str, List[int]]), get_origin(Union[int, str]) is Union)
print(get_args(Callable[[int, str], bool]), get_args(Optional[int]), get_origin(int), get_args(int))
print(Union[int, str] == Union[str, int], Optional[int] == Optional[int], List[int] != List[str])
print(len({Optional[int], Union[int, None], List[int]}))


class Movie(TypedDict):
    title: str
    year: int


class Sequel(Movie, total=False):
    previous: str


m = Movie(title="Alien", year=1979)
s = Sequel(title="Aliens", year=1986, previous="Alien")
print(m, type(m).__name__, s["previous"], Movie.__annotations__)
print(sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__), Sequel.__total__)

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__supertype__, cast(str, 5))


class Node:
    value: int
    next: "Optional[Node]"
    kids: "List[Node]" = []


hints = get_type_hints(Node)
print(hints["value"], hints["next"], hints["kids"])


def f(a: "int", b: "Dict[str, Tuple[int, str]]") -> "None":
    pass


print(get_type_hints(f))
try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
