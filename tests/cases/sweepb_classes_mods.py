from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal, Final, cast, overload, TYPE_CHECKING, Any, Iterator, Tuple, Set, get_type_hints
import abc, contextlib, io, sys, copy, operator, datetime, fractions, decimal
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
    def __post_init__(self): self.s = self.x + self.y
p = P(1, 2); print(p, asdict(p), astuple(p), replace(p, x=5), P(1, 3) > p, [f.name for f in fields(P)], is_dataclass(p))
@dataclass(frozen=True)
class F:
    a: int
try: F(1).a = 2
except FrozenInstanceError as e: print("frozen", e)
print(hash(F(1)) == hash(F(1)), F(1))
class Color(Enum):
    RED = 1
    GREEN = auto()
print(Color.RED, repr(Color.GREEN), list(Color), Color(1), Color["GREEN"], Color.RED.name, Color.RED.value, len(Color))
class Perm(Flag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.X), ~Perm.R)
class N(IntEnum):
    A = 1; B = 2
print(N.A + 1, N.B > N.A, repr(N.A), str(N.A), f"{N.A}", sorted([N.B, N.A]))
class I(IntFlag):
    A = 1; B = 2
print(I.A | I.B, repr(I.A | I.B), I(3))
try:
    @unique
    class D(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](3).v, Optional[int], List[int], Dict[str, int], Union[int, str], Callable[[int], str])
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt._fields, cast(int, "x"))
class TD(TypedDict):
    a: int
print(TD(a=1), get_type_hints(Pt))
class Base(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
try: Base()
except TypeError as e: print(e)
@contextlib.contextmanager
def cm():
    print("enter"); yield 5; print("exit")
with cm() as v: print(v)
with contextlib.suppress(KeyError): {}["x"]
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("captured")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    st.callback(print, "cb1"); st.callback(print, "cb2")
with contextlib.nullcontext(3) as n: print(n)
b = io.BytesIO(b"abc"); print(b.read(2), b.tell(), b.getvalue())
s = io.StringIO("l1\nl2\n"); print(s.readlines(), s.seek(0), s.readline())
d = [[1], {2: [3]}]; e = copy.deepcopy(d); e[0].append(9); print(d, e, copy.copy(d) is d)
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), operator.add(1, 2))
dt = datetime.datetime(2024, 2, 29, 13, 5, 7); print(dt, dt + datetime.timedelta(days=1, hours=12), dt.strftime("%Y/%m/%d %H:%M %A %b"), dt.isoformat(), repr(dt))
print(datetime.date(2024, 1, 1).weekday(), datetime.date.fromisoformat("2023-12-25"), datetime.timedelta(seconds=3661), datetime.datetime.strptime("2020-01-02", "%Y-%m-%d"))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 4), fractions.Fraction("0.75"), fractions.Fraction(1.5).limit_denominator(), repr(fractions.Fraction(1, 3)))
print(decimal.Decimal("0.1") + decimal.Decimal("0.2"), decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal("1.255").quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_UP), repr(decimal.Decimal("2.50")))
decimal.getcontext().prec = 5; print(decimal.Decimal(1) / 3)
