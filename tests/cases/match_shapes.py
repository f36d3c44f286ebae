# Computing with shapes described as tuples, dicts and objects in one match
import math

class Circle:
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r

def area(shape):
    match shape:
        case Circle(r):
            return math.pi * r * r
        case ("square", side):
            return side * side
        case ("rect", w, h) | {"kind": "rect", "w": w, "h": h}:
            return w * h
        case ("triangle", a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case {"kind": "circle", "r": r}:
            return area(Circle(r))
        case [*shapes] if all(not isinstance(s, (int, float, str)) for s in shapes):
            return sum(area(s) for s in shapes)
        case _:
            raise ValueError(f"unknown shape: {shape!r}")

shapes = [
    Circle(1),
    ("square", 3),
    ("rect", 2, 5),
    {"kind": "rect", "w": 4, "h": 0.5},
    ("triangle", 3, 4, 5),
    {"kind": "circle", "r": 2},
    [("square", 1), ("square", 2), Circle(0.5)],
    ("hexagon", 1),
    [1, 2],
]
for s in shapes:
    try:
        print(f"{area(s):.4f}")
    except ValueError as e:
        print("ValueError:", e)
