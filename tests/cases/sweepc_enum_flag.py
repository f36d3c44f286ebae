from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm(0)))
print(Perm.RWX, Perm(5), list(Perm.RWX) if hasattr(Perm.RWX, "__iter__") else "", ~Perm.R)
print(Color.WHITE, Color.RED | Color.BLUE, Color(3), [c.name for c in Color])
print(Color.WHITE & Color.GREEN, Color.RED ^ Color.WHITE)


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Level.MID > Level.LOW, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), Level(5), int(Level.MID))
print(Level.LOW == 1, f"{Level.MID}", str(Level.MID), repr(Level.MID), Level.MID.name)


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


m = Mode.A | Mode.C
print(m, repr(m), m & 4, m | 8, Mode(3), int(m), Mode.A | 2)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(f"{p.name:8} {p.gravity:6.2f} {p.value}")

try:

    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    CIRCLE = 3

    @classmethod
    def default(cls):
        return cls.CIRCLE


print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.__members__.keys(), Shape.default())
print(Shape.SQUARE.__class__.__name__, type(Shape).__name__, Shape["CIRCLE"].value)
print({Level.LOW: "l"}[1], Perm.__members__["RWX"], len(Perm))


class StrEnumLike(str, Enum):
    UP = "up"
    DOWN = "down"


print(StrEnumLike.UP == "up", StrEnumLike("down"), StrEnumLike.UP.upper(), f"{StrEnumLike.UP}")
