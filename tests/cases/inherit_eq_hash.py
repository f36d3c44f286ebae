# __eq__ and __hash__ interplay under inheritance
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

class NamedPoint(Point):
    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name

class StrictPoint(Point):
    def __eq__(self, other):
        return type(self) is type(other) and super().__eq__(other)

print(Point(1, 2) == NamedPoint(1, 2, "a"), NamedPoint(1, 2, "a") == Point(1, 2))
s = {Point(1, 2), NamedPoint(1, 2, "b"), Point(3, 4)}
print(len(s), Point(3, 4) in s)
print(StrictPoint.__hash__ is None, NamedPoint.__hash__ is Point.__hash__)
try:
    hash(StrictPoint(0, 0))
except TypeError as e:
    print("TypeError:", e)
print(StrictPoint(1, 2) == Point(1, 2), Point(1, 2) == StrictPoint(1, 2), StrictPoint(1, 2) == StrictPoint(1, 2))

class HashableStrict(StrictPoint):
    __hash__ = Point.__hash__
print(len({HashableStrict(1, 1), HashableStrict(1, 1), HashableStrict(2, 1)}))

class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq.__hash__)
for container in ("set", "dict"):
    try:
        if container == "set":
            {OnlyEq(1)}
        else:
            {OnlyEq(1): 1}
    except TypeError as e:
        print(container, "TypeError:", e)
print(OnlyEq(1) in [OnlyEq(2), OnlyEq(1)])
print(Point(1, 2) != Point(1, 2), Point(1, 2) != Point(2, 1), Point(0, 0) == (0, 0))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(NamedPoint(0, 0, "o")))
