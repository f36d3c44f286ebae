# math: sqrt, floor, ceil, trunc, fabs, constants
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
for v in [0, 1, 2, 4, 10, 0.25, 1e10, 2**60, 123456789]:
    print(v, math.sqrt(v))
for v in [2.5, -2.5, 3.0, -0.1, 0.9999, 1e15 + 0.5, -7, 10**20 + 0.0, 1e300]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), math.fabs(v), type(math.floor(v)).__name__)
print(math.floor(1e20), math.ceil(-1e20), math.floor(2.0**70), math.floor(-2.0**70 - 0.5), math.ceil(1.5e30))
print(math.floor(7), math.ceil(2**100), math.trunc(-2**100), math.floor(True))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print('OverflowError:', e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print('ValueError:', e)
