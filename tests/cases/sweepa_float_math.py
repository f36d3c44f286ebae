# Floats: nan/inf behaviour, float modulo, math module results and printing.
print([float("inf"), float("nan"), -0.0, 1e-300 * 1e-300], {1.5: -0.0}, (1e16,), {2.5})
x = float("nan")
print(x == x, x is x, [x] == [x], x in [x], {x: 1}.get(x), max(1, x), min(x, 1), sorted([3, x, 1]))
print(int(1e15), 1e15 == 10**15, 0.1 + 0.2 > 0.3, round(0.30000000000000004, 16), 1.0 // 0.1, 1.0 % 0.1)
print(3 % -2.0, -3 % 2.0, 5.0 % float("inf"), -5.0 % float("inf"), divmod(5, float("inf")))
print(float("0.1") * 3 == 0.3, 1e308 + 1e308, -(1e308 + 1e308), 2 ** 0.5, 10 ** 0.5, 4 ** 0.5, (-1) ** 0.5)
print(pow(0.0, 0), 0.0 ** 0.5, 1 / 3 * 3, 2 / 3, 10 / 3, -10 / 3, 1e1, 1.5e-5, 12e3)
import math
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(8), math.sin(math.pi), math.cos(0))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.copysign(1, -0.0))
print(math.floor(3.7), math.ceil(3.2), math.fabs(-2), math.fmod(-7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(1, 3))
print(math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)), math.isfinite(1e308), math.isinf(1e309), math.perm(5, 2))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
print(f"{math.pi:.10f}", f"{math.e:e}", f"{math.tau:g}", str(math.pi), repr(math.e))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]), sum([0.1] * 3), 0.1 * 3)
print(1.0.__hash__() == 1, (0.5).__hash__(), float.__name__, float("3").is_integer(), (3.5).__trunc__())
print(7.0 / 2, 7 // 2.0, int(7 / 2), round(7 / 2), -7 / 2, round(-3.5), round(-4.5), round(4.5))
