# Big-int arithmetic and str() limits.
import sys
a = 3**200
b = 7**150 + 1
print(a + b, a - b, b - a, a * b % 10**30, a // b, a % b, divmod(a, -b), divmod(-a, b), -a // b, -a % b)
print(a >> 100, a << 10, -a >> 3, a & b, a | b % 2**80, a ^ b, ~a, abs(-a), -(-a) == a, a ** 2 % 1000007, pow(a, b, 10**9 + 7), pow(-a, 3) < 0)
print(a == a + 0, a > b, a < -b, hash(a) == hash(a + 0), a / b, b / a, float(a), int(float(2**80)), 2**80 / 2**79, (2**200) // (2**100) == 2**100)
print(str(10**100)[:10], len(str(10**1000)), len(repr(2**5000)), 10**4299 > 0)
n = 10**4300
try:
    s = str(n)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
print(len(str(10**4299)), len(str(-10**4299)), hex(n)[:8], f"{n:x}"[:8])
try:
    f"{n}"
except ValueError as e:
    print(e)
try:
    print(repr(-n))
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300)
f = 1
for i in range(1, 300):
    f *= i
print(f % 10**20, len(str(f)), f // 10**600, sum(int(c) for c in str(f)))
x = 2**1000
print(x.bit_length(), (x - 1).bit_count(), x // 3 * 3 + x % 3 == x, (-x) // 7, (-x) % 7, x // -7, x % -7)
for bad in [lambda: a / 0, lambda: a // 0, lambda: a % 0, lambda: pow(2, -1, 4), lambda: 1 << -1, lambda: 2 ** 2 ** 100 if False else 1 >> -1, lambda: float(10**400)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(pow(3, -1, 7), pow(-3, -1, 7), pow(2, 100, -7), pow(5, 0, 1), 10**20 // 3, -(10**20) // 3, round(10**20 + 5, -1), round(-(10**20) - 5, -1), round(25, -1), round(35, -1))
