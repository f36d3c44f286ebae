# fsum vs sum, isclose
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1.5, 2.5]))
pairs = [(1.0, 1.0 + 1e-10), (1.0, 1.001), (0.0, 1e-12), (1e10, 1e10 + 1), (math.inf, math.inf), (math.nan, math.nan)]
for a, b in pairs:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-2), math.isclose(a, b, abs_tol=1e-9))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
