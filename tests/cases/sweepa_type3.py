# type() with three arguments, dynamic attributes and metaclass reprs.
def init(self, name):
    self.name = name
Animal = type("Animal", (), {"__init__": init, "speak": lambda self: f"{self.name} makes a sound", "legs": 4})
Dog = type("Dog", (Animal,), {"speak": lambda self: f"{self.name} barks"})
d = Dog("rex")
print(d.speak(), Animal("cat").speak(), d.legs, type(d).__name__, Dog.__bases__[0].__name__, isinstance(d, Animal))
print(Dog.__mro__, Dog.__dict__.get("legs"), "speak" in Dog.__dict__)
for attr in ["name", "legs", "missing"]:
    print(attr, getattr(d, attr, "<none>"), hasattr(d, attr))
setattr(d, "age", 3)
print(d.age, sorted(vars(d)))
delattr(d, "age")
print(hasattr(d, "age"))
try:
    delattr(d, "age")
except AttributeError as e:
    print(e)
class Config:
    defaults = {"debug": False, "level": 1}
    def __init__(self, **kw):
        for k, v in {**self.defaults, **kw}.items():
            setattr(self, k, v)
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Config({items})"
print(Config(), Config(level=3, name="x"))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
class Calc:
    pass
for name, fn in ops.items():
    setattr(Calc, name, staticmethod(fn))
print(Calc.add(2, 3), Calc().mul(2, 3))
print(type(type("X", (), {})()).__name__, type("Y", (int,), {})(5) + 1)
print(type.__call__(int, "7"), type(3)("8"), type("")(1.5))
Point = type("Point", (), {"__slots__": ("x", "y"), "__init__": lambda s, x, y: (setattr(s, "x", x), setattr(s, "y", y))[0]})
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
print(Point.__qualname__, Point.__module__, Animal.__name__)
class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
Thing = Meta("Thing", (), {})
print(Thing, type(Thing).__name__, isinstance(Thing, type), [Thing])
