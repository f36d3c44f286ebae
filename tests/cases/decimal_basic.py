from decimal import Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(3), repr(Decimal("3.14")))
print(Decimal(0.1), Decimal(10) ** 20, Decimal("1e10") * 3, -Decimal("5"), abs(Decimal("-2.5")))
print(repr(Decimal("-0")), repr(Decimal("1E+2")), str(Decimal("0.000001")), str(Decimal("1e-7")))
print(Decimal("Infinity"), Decimal("-nan"), Decimal(" 42 "), Decimal("1_000"), Decimal(2**100))
print(Decimal("1.1") * 3, Decimal(3) - Decimal("0.1"), 10 / Decimal(4), 10 // Decimal(4))
print(-7 // Decimal(2), -7 % Decimal(2), divmod(Decimal(7), 2), Decimal(3) + 4, 7 * Decimal("0.5"))
print(Decimal("1.50") == 1.5, int(Decimal("7.9")), int(Decimal("-7.9")), float(Decimal("0.25")))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("1.2345"), 2), round(Decimal("-1.25"), 1))
print(sum([Decimal("0.1")] * 10), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal("1.30").normalize(), Decimal("100").normalize(), Decimal("123.456").as_tuple())
print(Decimal("12.345").as_integer_ratio(), Decimal("1e3").to_eng_string(), Decimal("123e7").to_eng_string())
print(Decimal(10).ln(), Decimal(2).exp(), Decimal(100).log10(), Decimal(2) ** Decimal("0.5"))
print(Decimal(9).sqrt(), Decimal(2).sqrt(), Decimal(-5) ** 2, Decimal(2) ** -2, pow(Decimal(3), 4, 5))
print(Decimal(1).fma(2, 3), Decimal(7).max(8), Decimal("1.2").compare(2), Decimal(12).adjusted())
print(bool(Decimal(0)), bool(Decimal("0.1")), Decimal("nan").is_nan(), Decimal("-0") == 0, Decimal("-3").copy_abs())
print(sorted([Decimal("1.1"), Decimal(-2), Decimal("0.5")]), max(Decimal(1), 2), Decimal(2) > 1)
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal(5)) == hash(5), len({Decimal("1.0"), Decimal(1), 1}))
print(Decimal.from_float(0.1), Decimal((1, (1, 2, 5), -2)), Decimal("7.5").to_integral_value())
# Quantize and rounding modes.
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")))
for mode in (ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, ROUND_CEILING, ROUND_FLOOR):
    print(mode, [str(Decimal(x).quantize(Decimal("1"), rounding=mode)) for x in ("2.5", "-2.5", "1.4", "0.5", "-0.6")])
print(Decimal("3.14159").quantize(Decimal("0.01"), rounding=ROUND_CEILING), Decimal("-3.14159").quantize(Decimal("0.001")))
# Formatting.
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5678'):,}", format(Decimal("1234567.891"), ",.2f"))
print(format(Decimal("0.5"), "%"), format(Decimal("12.5"), "e"), format(Decimal("12.5"), ">10"), format(Decimal("-0.00001"), "g"))
print(format(Decimal("1e20"), "f"), "{:>12.3f}|".format(Decimal("3.14159")), "%s %r" % (Decimal("1.0"), Decimal("2.0")))
