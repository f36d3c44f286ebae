# __slots__ with inheritance
class Base:
    __slots__ = ("a",)
    def __init__(self):
        self.a = "a"

class SlottedChild(Base):
    __slots__ = ("b",)
    def __init__(self):
        super().__init__()
        self.b = "b"

class DictChild(Base):
    def __init__(self):
        super().__init__()
        self.anything = "ok"

sc = SlottedChild()
print(sc.a, sc.b, hasattr(sc, "__dict__"))
try:
    sc.c = 1
except AttributeError as e:
    print("AttributeError:", e)
dc = DictChild()
dc.more = 1
print(dc.a, dc.anything, sorted(vars(dc)), hasattr(dc, "__dict__"))

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return type(self)(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class Vec3(Vec):
    __slots__ = ("z",)
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return f"Vec3({self.x}, {self.y}, {self.z})"
print(Vec(1, 2) + Vec(3, 4), Vec3(1, 2, 3), Vec3(1, 1) + Vec3(2, 2))
v = Vec3(0, 0, 0)
for attr in ("x", "y", "z", "w"):
    try:
        setattr(v, attr, 9)
        print(attr, "set")
    except AttributeError as e:
        print(attr, "AttributeError:", e)
print(v)
print(Vec3.__slots__, Vec.__slots__, [k.__name__ for k in Vec3.__mro__])

class Mixin:
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y)
class MVec(Mixin, Vec):
    __slots__ = ()
m = MVec(-3, 4)
print(m.norm1(), m)
try:
    m.z = 1
except AttributeError as e:
    print("AttributeError:", e)
