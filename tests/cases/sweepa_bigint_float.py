# Big integers, float overflow and rounding, math helpers.
import sys
try:
    s = str(10 ** 5000)
except ValueError as e:
    print(e)
print(len(repr(2 ** 10000 // 3 ** 100)) if False else "")
print(hex(2 ** 200), (2 ** 200).bit_length(), (-2 ** 200) >> 190, (3 ** 100) % 1000007)
print(int.from_bytes(b"\xff" * 20, "big", signed=True), (2**70).to_bytes(9, "big"))
print(f"{2**100:,}", f"{2**64:x}", f"{-2**64:#o}", format(10**25, "e"), float(2**1023 * 2 - 1) if False else "")
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
import math
print(math.factorial(30), math.gcd(2**64, 6**30), math.comb(50, 25), math.isqrt(10**30), math.lcm(4, 6))
print(10**20 // 3.0, 10**20 / 3, 2**64 * 1.5, (10**30 + 1) == 10**30 + 1.0, 10**16 + 1 == float(10**16 + 1))
print(round(10**20 + 0.0), round(123456789, -3), divmod(10**20, 7), pow(10**20, 3, 97))
print(int(1e300) % 1000, abs(-(2**100)), -(2**63) // -1, (2**63) * (2**63))
print(sys.int_info.bits_per_digit if hasattr(sys, "int_info") else 30)
print(sorted([10**20, -5, 3.5, 2**64, 0]), max(2**100, 1e30), 2**100 > 1e30, 2**53 + 1 > 2.0**53)
x = 12345678901234567890123
print(x * x, x // 17, x % 17, -x // 17, x ** 3, str(x)[::-1], hash(x) == hash(x))
print(1e308 * 10, -1e308 * 10, math.inf - math.inf, float("nan") == float("nan"), math.isnan(float("nan")))
print(0.1 + 0.7, 4.35 * 100, 1.1 * 3, 2.675 * 100, 1 - 0.9, 100 * 1.1)
