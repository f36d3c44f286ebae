# gcd, lcm, factorial, comb, perm, isqrt, prod
import math
for a, b in [(12, 18), (0, 5), (0, 0), (-12, 18), (17, 13), (2**64, 2**32 * 3), (10**20, 10**15 * 7)]:
    print(a, b, math.gcd(a, b), math.lcm(a, b))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.lcm(2, 3, 4), math.lcm())
for n in [0, 1, 5, 10, 20, 21, 30]:
    print(n, math.factorial(n))
print(len(str(math.factorial(500))), math.factorial(100) % (10**9 + 7))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (52, 5), (100, 50), (6, 3)]:
    print(n, k, math.comb(n, k), math.perm(n, k))
print(math.perm(5), math.perm(6, 0))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**64, 10**30, 2**127 - 1]:
    print(n, math.isqrt(n))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([0.5, 4]), math.prod([2, 3], start=10))
for bad in [lambda: math.factorial(-1), lambda: math.isqrt(-1), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
