# Dataclasses in match statements (__match_args__), as dict keys, in sets,
# sorting by key, and slots=True.
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str
    loud: bool = False


@dataclass
class Quit:
    pass


def run(cmd):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx=dx, dy=dy) if dx == dy:
            return f"diagonal {dx}"
        case Move(dx, dy):
            return f"move {dx},{dy}"
        case Say(text, loud=True):
            return text.upper() + "!"
        case Say(text):
            return text
        case Quit():
            return "bye"
    return "?"


for c in [Move(0, 0), Move(3, 0), Move(2, 2), Move(1, 5), Say("hi"), Say("hey", True), Quit(), 42]:
    print(run(c))

seen = {Move(1, 1): "a", Move(2, 2): "b"}
seen[Move(1, 1)] = "c"
print(seen, Move(2, 2) in seen)
print(sorted({Move(1, 2), Move(0, 5), Move(1, 2)}, key=lambda m: (m.dx, m.dy)))


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"


s = Slotted(1)
print(s, s.a, s.b, Slotted.__slots__, hasattr(s, "__dict__"))
s.b = "y"
print(s, s == Slotted(1, "y"))
