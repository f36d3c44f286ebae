# A Fraction class: normalization, arithmetic with ints, comparisons, hashing
import math

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None
    def __repr__(self):
        return f"Frac({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self + (-o)
    def __rsub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else o + (-self)
    def __mul__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else o / self
    def __pow__(self, n):
        if n >= 0:
            return Frac(self.num ** n, self.den ** n)
        return Frac(self.den ** -n, self.num ** -n)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __abs__(self):
        return Frac(abs(self.num), self.den)
    def __bool__(self):
        return self.num != 0

a, b = Frac(1, 3), Frac(-2, 4)
print(a, b, repr(b), Frac(10, -4), Frac(0, 5))
print(a + b, a - b, a * b, a / b, b ** 2, a ** -2, -a, abs(b))
print(a + 1, 1 + a, 2 - a, a - 2, 3 * a, a * 3, 1 / a, a / 3)
print(a == Frac(2, 6), a == 1, Frac(4, 2) == 2, 2 == Frac(4, 2), a != b)
print(a < b, b < a, a <= Frac(1, 3), a > b, b >= a)
print(float(a), int(Frac(7, 2)), int(Frac(-7, 2)), bool(Frac(0)), bool(a))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(3, 4), Frac(-1, 5), Frac(2, 3)]))
print(sum([Frac(1, n) for n in range(1, 7)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(2, 1), 2}))
h = Frac(0)
for n in range(1, 11):
    h += Frac(1, n * (n + 1))
print("telescoping", h)
x = Frac(1)
for _ in range(6):
    x = (x + 2 / x) / 2
print("sqrt2 approx", x, f"{float(x):.12f}")
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 1.5
except TypeError as e:
    print("TypeError:", e)
