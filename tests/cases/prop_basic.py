# @property getters computed from other attributes
class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        print("  computing area")
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
    @property
    def is_square(self):
        return self.w == self.h

r = Rectangle(3, 4)
print(r.area, r.perimeter, r.is_square)
r.w = 4
print(r.area, r.perimeter, r.is_square)
print(type(Rectangle.area).__name__, Rectangle.area.fget.__name__)
print("area" in vars(r), "area" in vars(Rectangle))
try:
    r.area = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.area
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "perimeter"), hasattr(r, "area"))

class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full_name(self):
        return f"{self.first} {self.last}"
    @property
    def initials(self):
        return self.first[0] + self.last[0]
people = [Person("Ada", "Lovelace"), Person("Alan", "Turing"), Person("Grace", "Hopper")]
print([p.full_name for p in people])
print(sorted(people, key=lambda p: p.initials)[0].full_name)
print(", ".join(p.initials for p in people))

class Broken:
    @property
    def value(self):
        return self.missing_attr
try:
    Broken().value
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    def __init__(self):
        self._cache = None
        self.computations = 0
    @property
    def data(self):
        if self._cache is None:
            self.computations += 1
            self._cache = [i * i for i in range(5)]
        return self._cache
lz = Lazy()
print(lz.data, lz.data, lz.computations)
