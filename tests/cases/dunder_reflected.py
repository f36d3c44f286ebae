# Reflected operators: __radd__, __rsub__, __rmul__, __rtruediv__ ...
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, other):
        print(f"  __add__({self}, {other!r})")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print(f"  __radd__({self}, {other!r})")
        if isinstance(other, (int, float)):
            return Meters(other + self.v)
        return NotImplemented
    def __sub__(self, other):
        return Meters(self.v - (other.v if isinstance(other, Meters) else other))
    def __rsub__(self, other):
        return Meters(other - self.v)
    def __mul__(self, k):
        return Meters(self.v * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __rtruediv__(self, other):
        return f"{other}/{self.v}"
    def __rpow__(self, base):
        return base ** self.v
    def __rmod__(self, other):
        return other % self.v
    def __rfloordiv__(self, other):
        return other // self.v

m = Meters(5)
print(m + 3)
print(3 + m)
print(m + m)
print(2.5 + m)
print(10 - m, m - 1, m - Meters(2))
print(m * 2, 2 * m, 0.5 * m)
print(1 / m, 2 ** Meters(10), 17 % Meters(5), 17 // Meters(5))
print(sum([Meters(1), Meters(2), Meters(3)]))
print(sum([Meters(1), Meters(2)], Meters(100)))
try:
    "a" + m
except TypeError as e:
    print("TypeError:", e)
try:
    m * m
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * m
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
    def __add__(self, other):
        return "Derived.__add__"
print(Base() + Derived())   # subclass reflected method takes priority
print(Derived() + Base())
print(Base() + Base())
class Plain:
    pass
print(Plain() + Base())
try:
    Base() - Plain()
except TypeError as e:
    print("TypeError:", e)
