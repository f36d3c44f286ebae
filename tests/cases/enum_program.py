# An enum-driven card game simulation: ordering, class methods, Flag
# permissions and IntEnum arithmetic together.
from enum import Enum, IntEnum, Flag, auto, unique
from functools import total_ordering


@unique
class Suit(Enum):
    CLUBS = "c"
    DIAMONDS = "d"
    HEARTS = "h"
    SPADES = "s"

    @property
    def color(self):
        return "red" if self in (Suit.DIAMONDS, Suit.HEARTS) else "black"

    @property
    def symbol(self):
        return {"c": "C", "d": "D", "h": "H", "s": "S"}[self.value]


class Rank(IntEnum):
    TWO = 2
    THREE = 3
    FOUR = 4
    JACK = 11
    QUEEN = 12
    KING = 13
    ACE = 14

    @classmethod
    def faces(cls):
        return [r for r in cls if r >= cls.JACK and r != cls.ACE]

    def label(self):
        return str(int(self)) if self < Rank.JACK else self.name[0]


class Access(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    ADMIN = auto()
    ALL = READ | WRITE | ADMIN


deck = [(r, s) for s in Suit for r in Rank]
print(len(deck), deck[0], deck[-1])
hand = [deck[i * 5 % len(deck)] for i in range(6)]
print([f"{r.label()}{s.symbol}" for r, s in hand])
print(sorted(hand, key=lambda c: (c[0], c[1].value))[:3])
print(sum(r for r, _ in hand), max(r for r, _ in hand), Rank.faces())
print({s: [r.label() for r, s2 in hand if s2 is s] for s in Suit})
print([s.color for s in Suit], Suit("h"), Suit["SPADES"].symbol)

user = Access.READ | Access.WRITE
print(user, Access.ADMIN in user, Access.READ in user, user | Access.ADMIN == Access.ALL)
print(repr(Access.NONE), repr(Access.ALL), list(Access.ALL), bool(Access.NONE))
for perm in [Access.NONE, Access.READ, user, Access.ALL]:
    print(f"{perm!s:>20} {perm.value} {[p.name for p in perm]}")


@total_ordering
class Level(Enum):
    LOW = 1
    MID = 2
    HIGH = 3

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(Level.LOW < Level.HIGH, Level.HIGH >= Level.MID, sorted([Level.HIGH, Level.LOW, Level.MID]))
print(max(Level), min(Level))
