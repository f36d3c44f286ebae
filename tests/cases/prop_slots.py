# __slots__: fixed attribute sets, AttributeError on undeclared attributes
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
p.x = 10
print(p, p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Point.__slots__)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p)
print(type(Point.x).__name__)

class Partial:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
q = Partial()
print(q.a, hasattr(q, "b"))
try:
    q.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(q)
except TypeError as e:
    print("TypeError:", e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.other, vars(w))

class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)

class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)

class ClassAttrConflict:
    __slots__ = ("v",)
    kind = "shared"
c = ClassAttrConflict()
c.v = 1
print(c.kind, c.v)
try:
    c.kind = "mine"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
pts = [Point(i, i * i) for i in range(4)]
print(pts, sum(pt.y for pt in pts))
