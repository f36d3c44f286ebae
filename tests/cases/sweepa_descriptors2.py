# Descriptors: data and non-data, __set_name__, __delete__, caching non-data descriptors, read-only properties.
class Celsius:
    def __init__(self): self._t = {}
    def __get__(self, obj, owner):
        if obj is None: return self
        return self._t.get(id(obj), 0.0)
    def __set__(self, obj, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._t[id(obj)] = v
    def __delete__(self, obj):
        print("deleting temp")
        self._t.pop(id(obj), None)
class Thermo:
    temp = Celsius()
    def __init__(self, t): self.temp = t
t = Thermo(20)
print(t.temp, Thermo.temp.__class__.__name__)
t.temp = 30
print(t.temp)
try: t.temp = -300
except ValueError as e: print(e)
del t.temp
print(t.temp)
class NonData:
    def __get__(self, obj, owner): return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)
class Validated:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None):
        return obj.__dict__.get(self.name) if obj else self
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Order:
    qty = Validated()
    price = Validated()
    def __init__(self, q, p): self.qty, self.price = q, p
o = Order(2, 10)
print(o.qty * o.price, vars(o))
try: Order(1, 2.5)
except TypeError as e: print(e)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, owner):
        if obj is None: return self
        v = self.fn(obj)
        setattr(obj, self.fn.__name__, v)
        return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
print(type(property.__get__).__name__ if False else "", isinstance(Thermo.__dict__["temp"], Celsius))
class P:
    @property
    def x(self): return 1
try: P().x = 2
except AttributeError as e: print(e)
try: del P().x
except AttributeError as e: print(e)
