import math
import sys

print(7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), divmod(7.5, 2), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7))
print(2 ** 100, -(2 ** 63), 10 ** 30 // 7, (10 ** 30) % 97, int("1_000_000"), int("0x1f", 16), int("0b101", 0), int("z", 36))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1e308 * 10, -1e308 * 10, float("nan") == float("nan"))
print(round(2.675, 2), round(-0.5), round(1.5), int(-3.7), math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.8))
print(float("inf") > sys.maxsize, math.inf - math.inf, math.isnan(float("nan")), math.isinf(-math.inf))
print(1 / 3, 2 / 3, 10 / 4, 1e100, 1.0e-10, 123456789.0 * 10, 0.1 * 3, 1e22, 1e15 + 0.3, float(2**53 + 1))
print(5 .bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8, (-5).bit_length(), abs(-0.0), -0.0)
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), hex(-255), oct(8), bin(-5), f"{-255:#x}")
print(math.gcd(48, 180), math.lcm(4, 6), math.factorial(20), math.comb(52, 5), math.isqrt(10 ** 20 + 1), math.prod([1, 2, 3, 4]))
print(math.sqrt(2), math.pi, math.e, math.tau, math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(3, -0.0), math.fmod(-7, 3), math.modf(3.75), math.frexp(8.0))
print(float.fromhex("0x1.8p1"), (3.5).hex(), (0.5).as_integer_ratio(), (3.0).is_integer(), float("  -12.5e2 "))
try:
    int("12abc")
except ValueError as e:
    print(e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(e)
print(True + True, True * 3, False - 1, 3 * "ab", [0] * 3, bool(0.0), bool(""), bool([0]), int(True))
print(max(1, 2.0), min(-0.0, 0.0), 1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), (2j) ** 2)
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit > 0, 17 .__floordiv__(5), (2).__pow__(10))
print(format(1e-4, ""), format(123.0, ""), 1e16, 12345678901234567890.0, 0.000001, 0.0000001, -1.5e-8)
print(int(1e20), int(-2.5e15), round(123.456, -1), round(-1234.5678, 2), 7.0 // 2, -7.0 % 3, 2 ** 0.5 ** 2)
