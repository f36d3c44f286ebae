# Arithmetic dunders: binary, reflected, in-place, unary, NotImplemented fallback
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("  radd called with", o)
        return self.__add__(o)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a, a @ b)
print(5 + a)
print(sum([a, b, Vec(10, 10)]))
try:
    a * b
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __repr__(self):
        return f"Acc{self.items}"
acc = Acc()
orig = acc
acc += 1
acc += 2
acc += 3
acc -= 2
print(acc, acc is orig)

class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
n = NoInplace(1)
m = n
n += 5
print(n.v, m.v, n is m)

class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return isinstance(o, Money) and self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
    def __le__(self, o):
        return self.c <= o.c
    def __hash__(self):
        return hash(self.c)
    def __repr__(self):
        return f"${self.c}"
ms = [Money(5), Money(1), Money(3)]
print(sorted(ms), max(ms), min(ms), Money(2) > Money(1), Money(2) >= Money(3))
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1, len({Money(1), Money(1), Money(2)}))
