from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation, DivisionByZero
import decimal

def parse_amount(s):
    try:
        return Decimal(s)
    except InvalidOperation:
        return None

print([parse_amount(x) for x in ("12.50", "abc", "1e3", "-0.001", "  7  ", "NaN")])
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
total = sum(prices)
print(total, total / 3, (total / 3).quantize(Decimal("0.01")), max(prices), min(prices))
print(Decimal("10") / Decimal("3") * 3, Decimal(1) / 7 * 7)
getcontext().prec = 50
print(Decimal(1).exp(), Decimal(2).ln())
getcontext().prec = 28
try:
    Decimal(5) / 0
except DivisionByZero as e:
    print("div by zero:", e)
except ZeroDivisionError as e:
    print("zde", e)
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e).__name__, e)
print(Decimal("1.23456789").quantize(Decimal("1.00"), ROUND_HALF_UP), Decimal("2.5").to_integral_exact())
print(f"{Decimal('3.14159'):.3}", f"{Decimal('1234567'):e}", f"{Decimal('-12.3'):+08.2f}", f"{Decimal('0.000012345'):.2e}")
print(Decimal("1e-8"), Decimal("0.00000001"), Decimal("1e+8"), Decimal("100000000"), Decimal("123.4560"))
print(Decimal(3.14), Decimal("3.14") == Decimal("3.140"), Decimal(7) // 2, Decimal(-7) // 2, Decimal(7) % -2)
print(decimal.Decimal("5").sqrt(), Decimal("0.5") + 0, abs(Decimal("-0")), Decimal("1.000").normalize(), +Decimal("1.23456789012345678901234567890"))
x = Decimal("1.1")
x += 1
x *= 2
print(x, x ** 2, x.is_finite(), x.number_class(), Decimal("-inf").number_class(), x.logb(), x.scaleb(2))
print(repr(Decimal("1.1") * Decimal("1.1")), str(Decimal(1) / Decimal(3))[:10], Decimal("12345.678").to_eng_string())
print(round(Decimal("123.456"), -1), round(Decimal("123.456"), 0), round(Decimal("0.5")), round(Decimal("1.5")), int(Decimal("1e5")))
