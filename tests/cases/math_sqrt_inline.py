# math.sqrt is computed inline for immediate floats >= 0; everything else
# (ints, negatives, inf/nan, subclasses, rebinding) must behave as CPython.
import math
from math import sqrt


def norm(xs):
    s = 0.0
    for x in xs:
        s += x * x
    return math.sqrt(s)


print(norm([3.0, 4.0]), norm([1.0, 2.0, 2.0]), norm([]))
for v in (0.0, -0.0, 1.0, 2.0, 0.25, 1e-300, 5e-324, 1e300, 1e77, 1e-77,
          float("inf"), 16, True, False, 2**60, 10**30):
    print(repr(v), repr(math.sqrt(v)), repr(sqrt(v)))
for bad in (-1.0, -1e-300, float("-inf"), -4):
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("ValueError", bad, e)
print(math.sqrt(float("nan")))
try:
    math.sqrt("x")
except TypeError as e:
    print("TypeError", e)
try:
    math.sqrt(x=4.0)
except TypeError as e:
    print("TypeError", e)
try:
    math.sqrt(1.0, 2.0)
except TypeError as e:
    print("TypeError", e)


class F(float):
    pass


class H:
    def __float__(self):
        return 9.0


print(math.sqrt(F(2.25)), math.sqrt(H()))
f = math.sqrt
print(f(6.25), [sqrt(x) for x in (1.0, 4.0, 9.0)])

saved = math.sqrt
math.sqrt = lambda x: ("patched", x)
print(norm([3.0, 4.0]))
math.sqrt = saved
print(norm([3.0, 4.0]))


def loop(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i * 0.5) - math.sqrt(float(i))
    return t


print(round(loop(1000), 6))
