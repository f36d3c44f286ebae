class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __iter__(self):
        yield self.x
        yield self.y


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Vec3({self.x}, {self.y}, {self.z})"


v = Vec(1, 2)
print(v, v + Vec(3, 4), list(v), hasattr(v, "__dict__"))
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
w = Vec3(1, 2, 3)
print(w, Vec3.__slots__, Vec.__slots__, isinstance(w, Vec))
try:
    print(Vec.__new__(Vec).x)
except AttributeError as e:
    print("AttributeError:", e)
del w.z
try:
    w.z
except AttributeError as e:
    print("after del:", e)
print(type(Vec.x).__name__, Vec.x.__name__)


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)
x, y = Vec(5, 6)
print(x * y)
