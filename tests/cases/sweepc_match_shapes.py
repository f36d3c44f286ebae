from dataclasses import dataclass
from typing import Union


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Rect:
    tl: Point
    br: Point


def area(shape):
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError("negative radius")
        case Circle(_, r):
            return round(3.14159 * r * r, 2)
        case Rect(Point(x1, y1), Point(x2, y2)):
            return abs(x2 - x1) * abs(y2 - y1)
        case _:
            raise TypeError(f"unknown shape {shape!r}")


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"moving {d}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [first, *_]:
            return f"unknown verb {first!r}"


def describe(v):
    match v:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case (a, b):
            return f"pair {a},{b}"
        case [a, b, *rest]:
            return f"list head {a},{b} +{len(rest)}"
        case _:
            return "other"


for s in [Circle(Point(0, 0), 2), Rect(Point(1, 1), Point(4, 5)), "blob", Circle(Point(0, 0), -1)]:
    try:
        print(area(s))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for c in ["go north", "go up", "take sword shield", "take", "quit", "", "dance now"]:
    print(repr(c), "->", command(c))
for v in [None, True, -3, 7, 2.5, "", "abc", {"type": "user", "name": "ann", "age": 3}, {"type": "x"},
          (1, 2), [1, 2, 3, 4], [1], {1, 2}]:
    print(describe(v))
