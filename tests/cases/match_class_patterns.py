# Class patterns: keyword attributes, positional via __match_args__, builtins
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point(x, y):
            return f"somewhere ({x}, {y})"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), (1, 2)]:
    print(where(p))

def area(shape):
    match shape:
        case Circle(Point(x, y), r) if r > 0:
            return f"circle at ({x},{y}) area {3.14159 * r * r:.2f}"
        case Circle(radius=0):
            return "degenerate circle"
        case Rect(corner=Point(x=cx, y=cy), w=w, h=h):
            return f"rect at ({cx},{cy}) area {w * h}"
        case Rect():
            return "rect with odd corner"
        case _:
            return "unknown shape"
for s in [Circle(Point(1, 1), 2), Circle(Point(0, 0), 0), Rect(Point(2, 3), 4, 5), Rect("corner", 1, 1), "blob"]:
    print(area(s))

class NoMatchArgs:
    def __init__(self):
        self.a = 1
try:
    match NoMatchArgs():
        case NoMatchArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

class TooFew:
    __match_args__ = ("a",)
    a = 1
    b = 2
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match TooFew():
    case TooFew(1, b=2):
        print("mixed positional and keyword")
match Point(1, 2):
    case Point(x=1, z=3):
        print("no")
    case Point(y=2):
        print("missing attribute z just fails the match; y=2 matched")
class Sub(Point):
    pass
match Sub(5, 6):
    case Point(a, b):
        print("subclass instance matches base class pattern:", a, b)
