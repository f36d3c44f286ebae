# fractions.Fraction: construction, arithmetic, comparisons and reprs.
from fractions import Fraction
import math

values = [Fraction(3, 4), Fraction(-6, 8), Fraction(10, -4), Fraction(5), Fraction(),
          Fraction("7/21"), Fraction(" -1.25 "), Fraction("3e2"), Fraction("1_000/3"),
          Fraction(".5"), Fraction(0.1), Fraction(2.5), Fraction(Fraction(1, 3), Fraction(1, 2))]
for v in values:
    print(repr(v), str(v), v.numerator, v.denominator)

a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)))
print(-a, +a, abs(Fraction(-2, 3)), a ** 3, a ** -2, Fraction(-2, 3) ** -3, a ** 0)
print(a + 1, 2 - a, a * 3, 1 / a, a + 0.5, 0.25 * a, 2 ** Fraction(1, 2), Fraction(9, 4) ** 0.5)
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, a != b)
print(a > b, a < 0.34, 1 > a, sorted([Fraction(1, 2), 0.3, Fraction(1, 4), 1]))
print(float(a), int(Fraction(-7, 3)), math.floor(Fraction(-7, 3)), math.ceil(Fraction(-7, 3)), math.trunc(Fraction(-7, 3)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
print(bool(Fraction(0)), bool(a), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2))
print(a.as_integer_ratio(), Fraction.from_float(0.375), Fraction(1, 3).limit_denominator(2))
total = sum(Fraction(1, 2 ** k) for k in range(1, 11))
print(total, 1 - total)
harmonic = sum(Fraction(1, k) for k in range(1, 21))
print(harmonic, float(harmonic))
print(f"{float(Fraction(2, 3)):.6f}", f"{Fraction(5, 4)}", "%s" % Fraction(9, 6))
counts = {Fraction(1, 2): "half", Fraction(1, 4): "quarter"}
print(counts[Fraction(2, 4)], Fraction(3, 6) in counts, max(counts), min(counts))
