# match statement variety
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: int
def describe(obj):
    match obj:
        case None:
            return "nothing"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if len(s) > 5:
            return f"long string {s[:5]}..."
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [first, *rest] if all(isinstance(r, int) for r in rest):
            return f"int list starting {first} with {len(rest)} more"
        case (a, b):
            return f"pair {a},{b}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=rad):
            return f"circle at ({x},{y}) r={rad}"
        case _:
            return f"other {type(obj).__name__}"
tests = [None, 0, 0.0, -5, 7, 2.5, "hi", "hello world", [], [1], [1, 2, 3], ["a", "b", 3], ("x", "y"), ("a", "b", "c"),
         {"type": "user", "name": "ann", "age": 3}, {"type": "admin"}, {"kind": 1}, Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2),
         Circle(Point(1, 1), 5), {1, 2}, True, False]
for t in tests:
    print(f"{t!r:<42} -> {describe(t)}")
def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty"
for l in ["go north", "go up", "take sword shield", "take", "quit", "", "dance now"]:
    print(repr(l), cmd(l))
