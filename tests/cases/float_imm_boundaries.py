# Floats at the edges of every representation: zeros, the smallest and
# largest magnitudes, subnormals, inf/nan, and arithmetic crossing them.
import math

edges = [0.0, -0.0, 1.0, -1.0, 2.0 ** -254, 2.0 ** -255, 2.0 ** -256,
         2.0 ** 255, 2.0 ** 256, 2.0 ** 257, -2.0 ** 256, 5e-324, 2.2250738585072014e-308,
         1.7976931348623157e308, float("inf"), float("-inf"), 1e-77, 1e77, 3.4e-77, 1.15e77,
         0.1, 1 / 3, math.pi, -math.e]
for x in edges:
    print(repr(x), x.hex(), hash(x) == hash(float(repr(x))), x == float(repr(x)))
for x in edges:
    row = []
    for y in edges:
        for op in ("+", "-", "*", "/"):
            try:
                if op == "+":
                    r = x + y
                elif op == "-":
                    r = x - y
                elif op == "*":
                    r = x * y
                else:
                    r = x / y
                row.append(repr(r))
            except ZeroDivisionError as e:
                row.append("ZeroDivisionError: " + str(e))
        row.append(str((x < y, x <= y, x == y, x != y, x > y, x >= y)))
    print(" ".join(row))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1.0 > nan, [nan] == [nan], math.isnan(nan + 1.0))
# Halving down through the immediate range into subnormals and back up.
x = 1.0
seq = []
while x > 0.0:
    seq.append(x)
    x = x / 2.0
print(len(seq), repr(seq[-1]), repr(seq[253]), repr(seq[254]), repr(seq[255]))
y = seq[-1]
n = 0
while y < float("inf"):
    y = y * 2.0
    n += 1
print(n, y)
# Mixed int/float arithmetic with ints beyond 2**53.
for i in [0, 1, -1, 2 ** 52 + 1, 2 ** 53 + 1, -(2 ** 62), 2 ** 62 - 1, 2 ** 70 + 3, 10 ** 30]:
    print(i, repr(i + 0.5), repr(i * 1.5), repr(i - 0.25), repr(0.5 / (i or 1)), repr(i / 3), repr(i / -7))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -5, 0 / -5, -0.0 / 1, 7 / 2, -7 / 2, 2 ** 53 / 3)
a = 0.1
b = a
print(a is b, id(a) == id(b), type(a * 3), isinstance(a + 1, float))
print(sum([0.1] * 10), sorted([1e300, -0.0, 0.0, 2.5, -1e-300, 1e77]), max(1e77, 1e78), min(-0.0, 0.0))
print({1.5: "x", 2 ** -300: "tiny", 1e300: "big"}, {0.0, -0.0, 1.0, 1}, 1.0 in {1}, 2.0 ** 256 in {2 ** 256})
print(f"{1e77:.3e} {2.0 ** -254:g} {-0.0:+.2f} {1.5:08.3f} {12345.678:,.2f}", round(2.0 ** 255, -70), int(2.0 ** 255))
