# __new__ (singletons, caching, returning other types) and __init_subclass__
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("  creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class Interned:
    _cache = {}
    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        obj = super().__new__(cls)
        obj.name = name
        cls._cache[name] = obj
        return obj
print(Interned("x") is Interned("x"), Interned("x") is Interned("y"), len(Interned._cache))

class Weird:
    def __new__(cls, v):
        if v < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, v):
        print("  init", v)
        self.v = v
print(Weird(5).v, Weird(-1))

class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print(f"  registered {key}")
class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class SubJson(Json, name="json2"):
    pass
print(sorted(Plugin.registry), Plugin.registry["json2"].__name__)

class Base:
    required = ()
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for attr in cls.required:
            if not hasattr(cls, attr):
                raise TypeError(f"{cls.__name__} must define {attr}")
class Shape(Base):
    required = ("area",)
    def area(self):
        return 0
try:
    class Bad(Shape):
        required = ("area", "perimeter")
except TypeError as e:
    print("TypeError:", e)

try:
    class Strict(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Point:
    __slots__ = ("x", "y")
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2))
