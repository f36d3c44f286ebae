# match: class patterns (positional via __match_args__, keyword), mappings, value patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f"big circle cx={cx}"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x, y):
            return f"point {x},{y}"
        case _:
            return "unknown"

for s in [Circle(Point(0, 0), 1), Circle(Point(5, 5), 20), Circle(Point(1, 2), 3), Rect(2, 2), Rect(2, 3), Point(7, 8), 42]:
    print(area(s))

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": 1, "t": 0}, {"type": "scroll", "delta": 2.5}, {"type": "move"}, {"x": 1}, [1]]:
    print(handle(e))

class Color:
    RED = "red"
    GREEN = "green"
def color_name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN:
            return "it's green"
        case other:
            return f"unknown {other}"
print(color_name("red"), color_name("green"), color_name("blue"))

def types(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case list([*items]):
            return f"list of {len(items)}"
        case dict(d):
            return f"dict with {len(d)}"
        case tuple((a, b)):
            return f"2-tuple {a} {b}"
    return "?"
print(types(True), types(3), types(2.5), types([1, 2]), types({"a": 1}), types((1, 2)), types((1, 2, 3)))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

match Point(1, 2):
    case Point(x=1) as p:
        print("matched with as:", p.x, p.y)
