# Float repr, str, formatting and rounding.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-5, 1e-4, 0.0001234, 1.5e300, -0.0, 5e-324, 1.7976931348623157e308,
        100.0, 1e22, 1e21, 12345.678, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), "%g" % v, "%.3e" % v, "{:.2f}".format(v), format(v, ""))
print(f"{3.14159:10.3f}|{3.14159:<10.2f}|{3.14159:^10.1f}|{-3.14159:+.2f}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {0.25:.0%} {0.125:.1%}")
print(f"{1e10:e} {1e10:E} {1e-10:g} {123.0:G} {0.00001:f}")
print(f"{12.0:#g} {12.5:08.2f} {-12.5:08.2f} {12.5: .2f}")
print(round(0.5), round(1.5), round(2.5), round(0.125, 2), round(0.375, 2))
print(round(1e300, -300), round(123.456, 1), round(-0.5), round(2.5, 0))
print(float("1.10"), float("  -2.5e3 "), float("1_000.5"), float("inf"), float("-Infinity"))
print(3.0 == 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print((1.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (2.0).is_integer())
print(int(2.5), int(-2.5), float(7), 7.0 // 2, 7.0 % 2.5, 2 ** 0.5)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
import math
print(math.fsum([0.1] * 10), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.isclose(0.1 + 0.2, 0.3), math.pi, math.e, math.inf, -math.inf)
print(hash(1.0) == hash(1), hash(0.5), 1.0 in {1}, {1.0: "a"}[1])
print(max(1, 2.0), min(1.0, 1), max([1.5, 2, 2.0]))
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int("3.5")
except ValueError as e:
    print(e)
print("%5.1f|%-8.3f|%08.3f|%+d|%x|%o|%X|%e" % (3.14159, 2.5, -2.5, 5, 255, 8, 255, 12345.6789))
print("%s %r %a" % ("x", "y", "é"), "%c%c" % (65, "B"), "%%", "%5s|%-5s|" % ("a", "b"))
