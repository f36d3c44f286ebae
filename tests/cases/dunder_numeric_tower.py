# A numeric type interoperating with int and float: mixed arithmetic, comparisons, conversions, round
import math

class Fixed:
    """Fixed-point decimal with 2 digits, stored as an integer number of hundredths."""
    SCALE = 100
    def __init__(self, value=0):
        if isinstance(value, Fixed):
            self.raw = value.raw
        elif isinstance(value, int):
            self.raw = value * self.SCALE
        elif isinstance(value, float):
            self.raw = round(value * self.SCALE)
        elif isinstance(value, str):
            self.raw = round(float(value) * self.SCALE)
        else:
            raise TypeError(f"cannot make Fixed from {type(value).__name__}")
    @classmethod
    def _from_raw(cls, raw):
        f = cls()
        f.raw = raw
        return f
    @staticmethod
    def _lift(o):
        if isinstance(o, Fixed):
            return o
        if isinstance(o, (int, float)):
            return Fixed(o)
        return None
    def __add__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else Fixed._from_raw(self.raw + o.raw)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else Fixed._from_raw(self.raw - o.raw)
    def __rsub__(self, o):
        return Fixed(o) - self
    def __mul__(self, o):
        o = self._lift(o)
        return NotImplemented if o is None else Fixed._from_raw(round(self.raw * o.raw / self.SCALE))
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._lift(o)
        if o is None:
            return NotImplemented
        if o.raw == 0:
            raise ZeroDivisionError("Fixed division by zero")
        return Fixed._from_raw(round(self.raw * self.SCALE / o.raw))
    def __neg__(self): return Fixed._from_raw(-self.raw)
    def __abs__(self): return Fixed._from_raw(abs(self.raw))
    def __eq__(self, o):
        o = self._lift(o)
        return o is not None and self.raw == o.raw
    def __lt__(self, o): return self.raw < self._lift(o).raw
    def __le__(self, o): return self.raw <= self._lift(o).raw
    def __gt__(self, o): return self.raw > self._lift(o).raw
    def __ge__(self, o): return self.raw >= self._lift(o).raw
    def __rtruediv__(self, o): return Fixed(o) / self
    def __hash__(self): return hash(self.raw / self.SCALE)
    def __float__(self): return self.raw / self.SCALE
    def __int__(self): return int(self.raw / self.SCALE)
    def __round__(self, n=None):
        if n is None:
            return round(self.raw / self.SCALE)
        return Fixed(round(self.raw / self.SCALE, n))
    def __floor__(self): return self.raw // self.SCALE
    def __ceil__(self): return -(-self.raw // self.SCALE)
    def __bool__(self): return self.raw != 0
    def __repr__(self):
        sign = "-" if self.raw < 0 else ""
        return f"Fixed('{sign}{abs(self.raw) // 100}.{abs(self.raw) % 100:02d}')"
    def __str__(self):
        return repr(self)[7:-2]

a, b = Fixed("12.34"), Fixed(3)
print(a, b, repr(a), a + b, a - b, a * b, a / b, -a, abs(-a))
print(a + 1, 1 + a, a + 0.5, 10 - a, 2 * a, a * 1.5, 100 / Fixed(8), Fixed(100) / 8)
print(a == 12.34, a == Fixed(12.34), b == 3, 3 == b, a > b, b <= 3, a < 13, 12 < a)
print(float(a), int(a), int(-a), round(a), round(a, 1), math.floor(a), math.ceil(a), math.floor(-a), math.ceil(-a))
print(sorted([Fixed(2), Fixed("1.5"), Fixed(-1), Fixed(0.25)]), sum([Fixed("0.1")] * 10), bool(Fixed(0)))
print(hash(Fixed(3)) == hash(3), {Fixed(2): "two"}.get(2), len({Fixed(1), 1.0, 1}))
for bad in (lambda: a / 0, lambda: Fixed([1]), lambda: a + "1"):
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
