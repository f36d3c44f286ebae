import decimal
from decimal import Decimal, getcontext, setcontext, localcontext, Context, BasicContext, ExtendedContext
from decimal import InvalidOperation, DivisionByZero, Overflow, Inexact, Rounded, FloatOperation

print(getcontext().prec, getcontext().rounding, getcontext())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("2").sqrt(), Decimal("123456789") + 1)
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2) / 3, ctx.prec)
print(Decimal(2) / 3, getcontext().prec)
getcontext().rounding = decimal.ROUND_DOWN
print(Decimal(2) / 3)
getcontext().prec = 28
getcontext().rounding = decimal.ROUND_HALF_EVEN
print(Context(prec=5), BasicContext.prec, ExtendedContext.prec, decimal.DefaultContext.prec)
c = Context(prec=3)
print(c.create_decimal("3.14159"), c.add(1, Decimal("0.001")), Context().divide(1, 7), c.power(2, 10))
print(Context(prec=2, rounding=decimal.ROUND_UP).plus(Decimal("1.01")), c.sqrt(2), c.multiply(Decimal("1.23"), 4))
ext = ExtendedContext.copy()
print(ext.divide(1, 0), ext.divide(0, 0), ext.flags[DivisionByZero], ext.flags[InvalidOperation])
setcontext(ext)
print(Decimal(1) / 0, Decimal(-1).sqrt(), getcontext().prec)
setcontext(decimal.DefaultContext)
getcontext().traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print("inexact", type(e).__name__, isinstance(e, ArithmeticError))
getcontext().traps[Inexact] = False
ctx = getcontext()
ctx.clear_flags()
Decimal(1) / 3
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0),
            lambda: Decimal(1) // Decimal(0), lambda: Decimal(1) % Decimal(0), lambda: Decimal(-1).sqrt(),
            lambda: Decimal("1e999999") * 10, lambda: Decimal(1) + 1.5, lambda: Decimal([1]),
            lambda: Decimal("1.5") + "x", lambda: int(Decimal("nan")), lambda: int(Decimal("inf")),
            lambda: Decimal("nan") < 1, lambda: Decimal("snan") + 1,
            lambda: Decimal("123.456").quantize(Decimal("1e-10"), context=Context(prec=5)),
            lambda: Context(prec=0), lambda: Context(rounding="bad"), lambda: Context(Emax=-1),
            lambda: Decimal("1.5").foo, lambda: getcontext().foo]:
    try:
        print(bad())
    except (ArithmeticError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
print(issubclass(FloatOperation, TypeError), decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN)
