# Structural pattern matching.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: float


def describe(obj):
    match obj:
        case 0 | 1:
            return "tiny int"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case [] :
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [x, y, *rest]:
            return f"seq {x} {y} rest={rest}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=px, y=0):
            return f"on x axis at {px}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle {c} {r}"
        case None:
            return "none"
        case _:
            return "other " + type(obj).__name__


for v in [0, 1, -5, 7, 2.5, "", "hi", [], [9], (1, 2, 3, 4), {"type": "user", "name": "bo", "age": 3},
          {"type": "x"}, Point(0, 0), Point(4, 0), Point(1, 2), Circle(Point(1, 1), 20),
          Circle(Point(0, 0), 1), None, {1, 2}, b"x"]:
    print(describe(v))


def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"


for c in ["go north", "go west", "take a b", "take", "exit", ""]:
    print(cmd(c))

import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def col(c):
    match c:
        case Color.RED:
            return "red!"
        case Color():
            return "some color"


print(col(Color.RED), col(Color.GREEN))
match (1, "a"):
    case (int() as a, str() as b):
        print("pair", a, b)
match {"k": [1, {"z": 2}]}:
    case {"k": [_, {"z": zz}]}:
        print("deep", zz)
