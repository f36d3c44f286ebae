# auto(), _generate_next_value_, @unique, _missing_, _ignore_ and member
# methods/properties/classmethods.
from enum import Enum, auto, unique, IntEnum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Step))


class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + "!" + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(Name), Name("beta!1"))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Size(Enum):
    SMALL = "s"
    LARGE = "l"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

    @classmethod
    def default(cls):
        return cls.SMALL

    def bigger(self):
        return Size.LARGE

    def __str__(self):
        return self.name.lower()


print(Size("S"), Size("l"), Size.default(), Size.SMALL.bigger(), repr(Size("L")))
try:
    Size("x")
except ValueError as e:
    print("ValueError:", e)


class Weekday(IntEnum):
    _ignore_ = "helper"
    helper = 5
    MON = 1
    TUE = 2

    def is_start(self):
        return self is Weekday.MON


print(list(Weekday), Weekday.MON.is_start(), Weekday.TUE.is_start(), hasattr(Weekday, "helper"))


class Ordered(Enum):
    B = 2
    A = 1
    C = 3

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(sorted(Ordered), Ordered.A < Ordered.B)
