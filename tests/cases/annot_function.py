# Function annotations: __annotations__ contents and order, evaluation time,
# defaults, lambdas, methods, decorators that read annotations.
from typing import List, Dict, Optional, Callable


def plain(a, b=1):
    return a + b


def typed(name: str, count: int = 1, *items: float, flag: bool = False, **extra: "Any") -> Dict[str, int]:
    return {name: count}


def posonly(p: int, /, q: "q-ann", *, r: list) -> None:
    pass


print(plain.__annotations__, typed.__annotations__)
print(list(posonly.__annotations__), posonly.__annotations__["q"])
print(typed("x", 3), typed.__annotations__["return"])

order = []


def note(label):
    order.append(label)
    return label


def evaluated(x: note("x") = note("default"), *, y: note("y") = 2) -> note("ret"):
    return x


print(order, evaluated.__annotations__)
print((lambda v: v).__annotations__)


class Shape:
    def area(self) -> float:
        return 0.0

    def scale(self, factor: float, *, inplace: bool = True) -> "Shape":
        return self

    @staticmethod
    def make(kind: str) -> "Shape":
        return Shape()

    @classmethod
    def unit(cls) -> Optional["Shape"]:
        return cls()

    @property
    def name(self) -> str:
        return "shape"


print(Shape.area.__annotations__, Shape.scale.__annotations__)
print(Shape.make.__annotations__, Shape.unit.__annotations__, Shape.name.fget.__annotations__)


def checked(fn):
    hints = fn.__annotations__

    def wrapper(*args):
        for (name, kind), value in zip(hints.items(), args):
            if not isinstance(value, kind):
                raise TypeError(f"{name} must be {kind.__name__}, got {type(value).__name__}")
        return fn(*args)
    wrapper.__annotations__ = hints
    return wrapper


@checked
def repeat(text: str, times: int) -> str:
    return text * times


print(repeat("ab", 3), repeat.__annotations__)
try:
    repeat("ab", "3")
except TypeError as e:
    print("TypeError:", e)

fn = typed
fn.__annotations__["added"] = int
print(typed.__annotations__["added"], len(typed.__annotations__))
plain.__annotations__ = {"a": int}
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)


def outer():
    T = List[int]

    def inner(xs: T, f: Callable[[int], int] = abs) -> T:
        return [f(x) for x in xs]
    return inner


inner = outer()
print(inner([-1, 2]), inner.__annotations__)
