# frozen=True, order=True, unsafe_hash and eq=False.
from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def moved(self, dlat):
        return Coord(self.lat + dlat, self.lon)


c = Coord(1.5, 2.5)
print(c, hash(c) == hash((1.5, 2.5)))
try:
    c.lat = 3.0
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del c.lon
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.extra = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(c.moved(1.0), {c: "here"}[Coord(1.5, 2.5)])
print(len({Coord(0, 0), Coord(0, 0), Coord(1, 0)}))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0, "rc"), Version(2)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1, 2) == Version(1, 2, 0, "final"), Version(1) < Version(1, 0, 1), Version(3) >= Version(2, 9))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Key:
    name: str
    weight: int = field(default=1, hash=False)


print(hash(Key("a", 1)) == hash(Key("a", 2)), Key("a") == Key("a", 2))


@dataclass(eq=False)
class Node:
    value: int


n = Node(1)
print(n == Node(1), n == n, hash(n) == hash(n))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


hand = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(hand))
print(Card.__setattr__.__qualname__)

try:
    @dataclass(order=True)
    class Custom:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Base:
    x: int


try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        y: int
except TypeError as e:
    print("TypeError:", e)
