# collections.namedtuple: construction, defaults, _make/_replace/_asdict,
# tuple behaviour, subclassing, and error messages.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), p < Point(1, 3))
print(Point._fields, Point.__name__, type(p).__name__, isinstance(p, tuple))
print(p._replace(y=5), p._asdict(), Point._make([7, 8]), Point(y=4, x=3))
print(p + (3,), p * 2, p[:1], 2 in p, p.index(2), p.count(1))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(0, 0): "origin"}[Point(0, 0)])

Point3 = namedtuple("Point3", "x y z", defaults=[0])
print(Point3(1, 2), Point3(1, 2, 3), Point3._field_defaults, Point3.__doc__)
Color = namedtuple("Color", "red, green, blue")
print(Color(255, 128, 0), Color._fields)

for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    Point3(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
for bad in [["a", "1b"], ["a", "a"], ["_a"], ["def"]]:
    try:
        namedtuple("Bad", bad)
    except ValueError as e:
        print("ValueError:", e)
R = namedtuple("R", ["a", "def", "a", "_b"], rename=True)
print(R._fields)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return f"<{self.x}, {self.y}>"


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, Vec._fields, isinstance(v, tuple), v._replace(x=0))
Emp = namedtuple("Emp", "name age")
people = [Emp("bob", 30), Emp("amy", 25)]
print(sorted(people, key=lambda e: e.age), max(people, key=lambda e: e.age).name)
print(dict(people[0]._asdict()), [e._asdict() for e in people])
