# The generated __init__ reports argument errors like CPython's own binding.
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class P:
    x: int
    y: int
    z: int = 3


@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int
    c: int = 1


@dataclass
class One:
    v: int


cases = [
    (P, (), {}),
    (P, (1,), {}),
    (P, (1, 2, 3, 4), {}),
    (P, (1, 2), {"w": 0}),
    (P, (1, 2), {"x": 5}),
    (K, (), {}),
    (K, (1,), {}),
    (K, (1, 2), {}),
    (K, (1, 2), {"b": 3}),
    (One, (1, 2), {}),
    (One, (), {"v": 1, "u": 2}),
    (P, (), {"x": 1, "y": 2, "z": 3}),
    (K, (1,), {"b": 2, "c": 9}),
]
for cls, args, kwargs in cases:
    try:
        print(cls(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class NoAnn:
        x = field(default=3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithKwOnly:
    a: int
    b: int = field(kw_only=True)
    c: int = 0


w = WithKwOnly(1, 2, b=3)
print(w, WithKwOnly.__match_args__)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1))
try:
    AllKw(1)
except TypeError as e:
    print("TypeError:", e)
