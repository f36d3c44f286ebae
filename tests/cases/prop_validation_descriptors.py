# Reusable validated attributes: property factories vs descriptor classes
def ranged(name, lo, hi):
    attr = "_" + name
    def getter(self):
        return getattr(self, attr)
    def setter(self, value):
        if not lo <= value <= hi:
            raise ValueError(f"{name} must be in [{lo}, {hi}], got {value}")
        setattr(self, attr, value)
    return property(getter, setter, doc=f"{name} in [{lo}, {hi}]")

class Color:
    r = ranged("r", 0, 255)
    g = ranged("g", 0, 255)
    b = ranged("b", 0, 255)
    alpha = ranged("alpha", 0.0, 1.0)
    def __init__(self, r, g, b, alpha=1.0):
        self.r, self.g, self.b, self.alpha = r, g, b, alpha
    @property
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"
    @hex.setter
    def hex(self, text):
        text = text.lstrip("#")
        self.r, self.g, self.b = (int(text[i:i + 2], 16) for i in (0, 2, 4))
    def __repr__(self):
        return f"Color({self.r}, {self.g}, {self.b}, {self.alpha})"

c = Color(255, 128, 0)
print(c, c.hex, Color.r.__doc__)
c.hex = "#1e90ff"
print(c, c.hex)
for field, value in [("g", 300), ("alpha", 1.5), ("b", -1)]:
    try:
        setattr(c, field, value)
    except ValueError as e:
        print("ValueError:", e)
print(c)
try:
    Color(0, 0, 256)
except ValueError as e:
    print("ValueError:", e)
print(sorted(k for k, v in vars(Color).items() if isinstance(v, property)))

class Positive:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{type(obj).__name__}.{self.name} must be positive")
        obj.__dict__[self.name] = value

class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty, self.price = qty, price
    @property
    def total(self):
        return self.qty * self.price
o = Order(3, 2.5)
print(o.total, vars(o))
o.qty += 2
print(o.total)
for q in (0, -3):
    try:
        o.qty = q
    except ValueError as e:
        print("ValueError:", e)
print(Order.qty.name, o.qty)
