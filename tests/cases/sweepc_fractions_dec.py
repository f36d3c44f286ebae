from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero
import math

a = Fraction(3, 4)
b = Fraction("2/3")
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-b))
print(Fraction(0.1), Fraction("0.1"), Fraction(0.1).limit_denominator(100))
print(float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), math.floor(Fraction(-7, 2)))
print(a < b, a == Fraction(6, 8), a == 0.75, sorted([b, a, Fraction(1, 2)]))
print(sum(Fraction(1, n) for n in range(1, 8)))
print(a.numerator, a.denominator, Fraction(10, -4), repr(Fraction(1, 3)))
print(Fraction(1, 3).as_integer_ratio(), f"{Fraction(1, 3):}" if False else str(Fraction(1, 3)))

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 40
    print(Decimal(2).sqrt())
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01")))
print(Decimal("-0"), Decimal("1E+3"), Decimal("100").normalize(), Decimal("1.500").normalize())
print(Decimal("10") ** 3, Decimal("7") % Decimal("3"), Decimal("-7") // Decimal("2"), divmod(Decimal(17), Decimal(5)))
print(repr(Decimal("0.1")), Decimal(0.5), Decimal("12.345").as_tuple())
print(max(Decimal("1.5"), Decimal("1.49")), Decimal("1.0") == Decimal("1"), Decimal("1.5") > 1)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("invalid", type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("div0", type(e).__name__)
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000123'):.2e}", f"{Fraction(1, 8)!s:>6}")
print(Decimal("1.23456789").to_integral_value(), int(Decimal("-3.9")), float(Decimal("2.5")))
