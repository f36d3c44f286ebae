# Properties that cache, invalidate, and depend on each other
class Circle:
    PI = 3.141592653589793
    def __init__(self, r):
        self._r = r
        self._area = None
        self.recomputed = 0
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, r):
        if r < 0:
            raise ValueError("radius must be >= 0")
        self._r = r
        self._area = None
    @property
    def diameter(self):
        return self._r * 2
    @diameter.setter
    def diameter(self, d):
        self.radius = d / 2
    @property
    def area(self):
        if self._area is None:
            self.recomputed += 1
            self._area = round(self.PI * self._r ** 2, 4)
        return self._area

c = Circle(1)
print(c.area, c.area, c.recomputed)
c.radius = 2
print(c.area, c.diameter, c.recomputed)
c.diameter = 10
print(c.radius, c.area, c.area, c.recomputed)
try:
    c.diameter = -2
except ValueError as e:
    print("ValueError:", e)
print(c.radius)

class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty, price):
        self.items[name] = (qty, price)
    @property
    def total_qty(self):
        return sum(q for q, _ in self.items.values())
    @property
    def total_value(self):
        return round(sum(q * p for q, p in self.items.values()), 2)
    @property
    def most_valuable(self):
        if not self.items:
            return None
        return max(self.items, key=lambda k: self.items[k][0] * self.items[k][1])
    @property
    def summary(self):
        return f"{len(self.items)} items, qty={self.total_qty}, value={self.total_value}, top={self.most_valuable}"

inv = Inventory()
print(inv.summary)
inv.add("bolt", 100, 0.05)
inv.add("nut", 250, 0.02)
inv.add("gear", 3, 4.99)
print(inv.summary)
inv.add("bolt", 1000, 0.05)
print(inv.summary)
props = sorted(k for k, v in vars(Inventory).items() if isinstance(v, property))
print(props)
for name in props:
    print(name, "=", getattr(inv, name))
