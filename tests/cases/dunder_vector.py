# A complete n-dimensional vector class with many dunders
import math

class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return f"Vector{self.c}"
    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self.c) + ">"
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.c[i])
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __hash__(self):
        return hash(self.c)
    def __add__(self, other):
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        return self + (-other)
    def __neg__(self):
        return Vector(*(-a for a in self))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))
    def __abs__(self):
        return math.sqrt(self * self)
    def __bool__(self):
        return any(self.c)
    def __matmul__(self, other):
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)
    def __lt__(self, other):
        return abs(self) < abs(other)
    def normalized(self):
        return self / abs(self)

u = Vector(1, 2, 2)
v = Vector(3, 0, -4)
print(u, v, repr(u))
print(u + v, u - v, -u, u * 2, 3 * v, u * v, v / 2)
print(abs(u), abs(v), u.normalized(), abs(u.normalized()))
print(u @ v, v @ u, (u @ v) * u, (u @ v) * v)
print(len(u), u[0], u[-1], u[1:], list(u), tuple(v))
print(bool(Vector(0, 0)), bool(u), u == Vector(1, 2, 2), u != v)
print(sorted([v, u, Vector(0, 1, 0)]), max(u, v))
print({u: "u", Vector(1, 2, 2): "same"}, len({u, Vector(1, 2, 2), v}))
try:
    u + Vector(1, 2)
except ValueError as e:
    print("ValueError:", e)
total = Vector(0, 0, 0)
for vec in [u, v, u, Vector(1, 1, 1)]:
    total += vec
print(total, sum([u, v], Vector(0, 0, 0)))
x, y, z = total
print(x, y, z, f"{abs(total):.4f}")
