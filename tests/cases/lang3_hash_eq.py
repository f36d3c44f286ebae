# __hash__/__eq__ interplay: unhashable when only __eq__, explicit __hash__ = None, inheritance
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq.__hash__)
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(OnlyEq(2))
except TypeError as e:
    print("TypeError:", e)

class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Both) and self.v == o.v
    def __hash__(self):
        return hash(("Both", self.v))
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, Both(3) in s)
d = {Both(5): "five"}
print(d[Both(5)], d.get(Both(6), "none"))

class Child(Both):
    pass
print(hash(Child(1)) == hash(Both(1)), Child(1) == Both(1))

class ChildEq(Both):
    def __eq__(self, o):
        return False
try:
    hash(ChildEq(1))
except TypeError as e:
    print("TypeError:", e)

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), {p: 1}[p])

class Ident:
    def __init__(self, key):
        self.key = key
    def __eq__(self, o):
        print(f"  eq {self.key} vs {getattr(o, 'key', o)}")
        return NotImplemented
    __hash__ = object.__hash__
x, y = Ident("x"), Ident("y")
print(x == y)
print(x == x)
print(x != y)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        if not isinstance(o, Point):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = [Point(1, 2), Point(1, 2), Point(2, 1)]
print(len(set(pts)), pts.count(Point(1, 2)), pts.index(Point(2, 1)), Point(0, 0) in pts)
print(Point(1, 1) == (1, 1), (1, 1) == Point(1, 1))
