# Mixed math usage: distances, rounding helpers, integer checks
import math
pts = [(0, 0), (3, 4), (-1, 7), (6, -8), (2.5, 2.5)]
for x1, y1 in pts:
    print([round(math.hypot(x1 - x2, y1 - y2), 4) for x2, y2 in pts])
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
print([n for n in range(200) if is_square(n)], is_square(10**40), is_square(10**40 + 1))
def round_up(x, step):
    return math.ceil(x / step) * step
print([round_up(v, 5) for v in [0, 1, 5, 6, 11, -3]], [math.floor(v * 100) / 100 for v in [1.239, -1.231, 2.0]])
print(math.floor(-0.5), math.ceil(-0.5), math.floor(0.5), math.ceil(0.5), int(-0.5))
print(math.sqrt(2) ** 2, math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
print(round(math.pi, 5), f'{math.pi:.10f}', f'{math.e:.3e}')
print(math.gcd(*[12, 30, 42]), sum([math.comb(10, k) for k in range(11)]), 2**10)
