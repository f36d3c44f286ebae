# Binary arithmetic dunders on a 2D vector
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __divmod__(self, k):
        return (self // k, self % k)
    def __lshift__(self, n):
        return V(self.y, self.x) if n % 2 else self
    def __and__(self, o):
        return V(min(self.x, o.x), min(self.y, o.y))
    def __or__(self, o):
        return V(max(self.x, o.x), max(self.y, o.y))
    def __xor__(self, o):
        return V(self.x ^ o.x, self.y ^ o.y)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)

a, b = V(7, -3), V(2, 5)
print(a + b, a - b, a * 3, a * b, a / 2, a // 2, a % 4, a ** 2, a @ b, b @ a)
print(divmod(a, 3), a << 1, a << 2, a & b, a | b, V(12, 10) ^ V(10, 12), V(64, 17) >> 2)
print(a + b + V(1, 1) - V(10, 10))
print((a + b) * 2 / 4)
print(pow(b, 3))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    3 * a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    -a
except TypeError as e:
    print("TypeError:", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

class Tracker:
    def __init__(self, name):
        self.name = name
    def __add__(self, other):
        print(f"  {self.name}.__add__({other.name})")
        return Tracker(f"({self.name}+{other.name})")
    def __mul__(self, other):
        print(f"  {self.name}.__mul__({other.name})")
        return Tracker(f"{self.name}*{other.name}")
x, y, z = Tracker("x"), Tracker("y"), Tracker("z")
r = x + y * z + x
print(r.name)
