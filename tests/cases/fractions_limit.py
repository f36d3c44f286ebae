# Fraction.limit_denominator, conversions from floats, and errors.
from fractions import Fraction
import math

pi = Fraction(math.pi)
print(pi)
for d in (1, 7, 10, 100, 1000, 10**6):
    print(d, pi.limit_denominator(d))
print(Fraction("3.141592653589793").limit_denominator(100))
print(Fraction(4321, 8765).limit_denominator(10000))
print(Fraction(0.1).limit_denominator(), Fraction(1.1).limit_denominator(50))
print(Fraction(math.e).limit_denominator(1000), Fraction(math.sqrt(2)).limit_denominator(100))

for x in [0.5, 0.1, 1e-10, 123.456, -2.75, 1e20]:
    f = Fraction(x)
    print(x, f, float(f) == x)

for bad in ["abc", "1/0", "", "1.2.3", "1/2/3", "/3", "1 /2", "1e", "--1", "0x10"]:
    try:
        print(repr(bad), Fraction(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
for args in [(1, 0), (1.5, 2), ([1],), (float("nan"),), (float("inf"),)]:
    try:
        print(Fraction(*args))
    except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    Fraction(1, 2) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
try:
    Fraction(1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
