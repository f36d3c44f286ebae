from typing import (Any, Callable, Dict, Final, Iterable, List, Literal, NamedTuple, Optional,
                    Sequence, Tuple, TypedDict, Union, cast, get_type_hints, overload, TYPE_CHECKING)
import typing

Vector = List[float]
Handler = Callable[[str, int], bool]


def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]


def apply(h: Handler, items: Iterable[Tuple[str, int]]) -> Dict[str, bool]:
    return {s: h(s, n) for s, n in items}


MAX: Final = 10
Mode = Literal["r", "w"]


class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: Tuple[str, ...] = ()


class Cfg(TypedDict):
    host: str
    port: int


def first(xs: Sequence[Any]) -> Optional[Any]:
    return xs[0] if xs else None


def parse(v: Union[int, str, None]) -> int:
    if v is None:
        return 0
    return v if isinstance(v, int) else int(v)


print(scale(2, [1.0, 2.5]), apply(lambda s, n: len(s) == n, [("ab", 2), ("c", 5)]))
print(Employee("ann"), Employee("bob", 7, ("x",))._asdict(), Employee._field_defaults)
c: Cfg = {"host": "h", "port": 1}
print(c, first([]), first("xyz"), parse(None), parse("12"), parse(5), cast(int, "no-op"))
print(get_type_hints(scale), scale.__annotations__["return"])
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Tuple[int, ...])
print(Union[int, None] == Optional[int], Literal["a", "b"], typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(TYPE_CHECKING, MAX, int | None, list[int], dict[str, tuple[int, ...]])


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))


def annotated(a: int, b: "str" = "x", *args: float, **kw: bool) -> None:
    pass


print(annotated.__annotations__)
print(Employee.__annotations__, Cfg.__annotations__ if hasattr(Cfg, "__annotations__") else None)
