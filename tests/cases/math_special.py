# isnan, isinf, isfinite, copysign, fmod, modf, frexp, ldexp
import math
for v in [0.0, -0.0, 1.5, math.inf, -math.inf, math.nan, 1e308, 5e-324, 7]:
    print(v, math.isnan(v), math.isinf(v), math.isfinite(v), math.copysign(1.0, v))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (1e20, 3), (5, math.inf)]:
    print(a, b, math.fmod(a, b), a % b)
for v in [3.75, -3.75, 0.0, 1e20, 0.5, -0.5, 123.456]:
    print(v, math.modf(v), math.frexp(v))
for m, e in [(0.5, 1), (0.75, 4), (1, -1074), (1.0, 1023), (-3, 5), (0.5, -1)]:
    print(m, e, math.ldexp(m, e))
print(math.copysign(5, -0.0), math.copysign(-2.0, 3), math.copysign(math.inf, -1))
try:
    math.fmod(1, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    math.ldexp(1.0, 2000)
except OverflowError as e:
    print('OverflowError:', e)
