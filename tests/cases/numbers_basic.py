import numbers
from fractions import Fraction
from decimal import Decimal
for v in (1, 1.5, 2j, True, Fraction(1, 3), Decimal("1.1"), "x", None):
    print(repr(v), [isinstance(v, t) for t in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), numbers.Integral.__mro__)

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __index__(self): return self.v
for name in sorted(MyInt.__abstractmethods__)[:5]:
    print(name)
try:
    MyInt(3)
except TypeError as e:
    print(str(e)[:60])
def check(x):
    if isinstance(x, numbers.Real):
        return "real"
    return "other"
print(check(3), check(3.0), check(1j))
