# __new__: singletons, caching instances, immutable values, __new__ vs __init__ order
class Singleton:
    _instance = None
    def __new__(cls, *args):
        print(f"  __new__ {cls.__name__} {args}")
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print(f"  __init__ value={value}")
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)

class Interned:
    _cache = {}
    def __new__(cls, name):
        if name not in cls._cache:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
        return cls._cache[name]
x, y, z = Interned("x"), Interned("y"), Interned("x")
print(x is z, x is y, len(Interned._cache), z.name)

class Point3:
    __slots__ = ("_coords",)
    def __new__(cls, x, y, z):
        self = super().__new__(cls)
        object.__setattr__(self, "_coords", (x, y, z))
        return self
    def __setattr__(self, name, value):
        raise AttributeError("Point3 is immutable")
    @property
    def x(self):
        return self._coords[0]
    def __repr__(self):
        return "Point3" + repr(self._coords)
p = Point3(1, 2, 3)
print(p, p.x)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)

class NotMine:
    def __new__(cls):
        print("  NotMine.__new__ returns an int")
        return 42
    def __init__(self):
        print("  never called")
print(NotMine())

class Other:
    def __init__(self):
        print("  Other.__init__ not called either")
class Factory:
    def __new__(cls, kind):
        if kind == "list":
            return []
        if kind == "other":
            return Other.__new__(Other)
        return super().__new__(cls)
    def __init__(self, kind):
        print(f"  Factory.__init__({kind})")
print(Factory("list"), type(Factory("other")).__name__, type(Factory("self")).__name__)

class Base:
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj.created_by = cls.__name__
        return obj
class Child(Base):
    def __init__(self, v):
        self.v = v
c = Child(5)
print(c.created_by, c.v)
class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = UpperStr("hello")
print(u, len(u), u.lower(), type(u).__name__, isinstance(u, str))
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Positive(-5), Positive(-5) + 1, type(Positive(3)).__name__)
