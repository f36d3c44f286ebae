import decimal as M
# Behaviour of Decimal and Context compared with CPython, one case per line.
def math_floor(x):
    import math
    return math.floor(x)
cases = [
    lambda: (M.Decimal("abc")),
    lambda: (M.Decimal(1) / M.Decimal(0)),
    lambda: (M.Decimal(0) / M.Decimal(0)),
    lambda: (M.Decimal(1) // M.Decimal(0)),
    lambda: (M.Decimal(1) % M.Decimal(0)),
    lambda: (M.Decimal(-1).sqrt()),
    lambda: (M.Decimal("1e999999") * 10),
    lambda: (M.Decimal(1) + 1.5),
    lambda: (M.Decimal(1) < 1.5),
    lambda: (M.Decimal([1])),
    lambda: (M.Decimal(1.5)),
    lambda: (M.Decimal("1.5") + "x"),
    lambda: (M.Decimal((0, (1, 2), -1))),
    lambda: (M.Decimal((0, (1, 2)))),
    lambda: (int(M.Decimal("nan"))),
    lambda: (int(M.Decimal("inf"))),
    lambda: (M.Decimal("nan") < 1),
    lambda: (M.Decimal("snan") + 1),
    lambda: (M.Decimal("123.456").quantize(M.Decimal("1e-10"), context=M.Context(prec=5))),
    lambda: (M.Decimal(1).quantize(1)),
    lambda: (repr(M.Decimal("-0")), repr(M.Decimal("1E+2")), str(M.Decimal("0.000001")), str(M.Decimal("1e-7")), M.Decimal("Infinity"), M.Decimal("-nan")),
    lambda: (M.Decimal(10).ln(), M.Decimal(2).exp(), M.Decimal(100).log10(), M.Decimal(2) ** M.Decimal("0.5")),
    lambda: (M.Decimal("7.5").to_integral_value(), M.Decimal("7.5").to_integral_value(rounding=M.ROUND_DOWN), M.Decimal(7).max(8), M.Decimal("1.2").compare(2)),
    lambda: (M.Decimal("12.345").as_integer_ratio(), M.Decimal("1.5").is_signed(), M.Decimal(0).is_zero(), M.Decimal("-3").copy_abs(), M.Decimal(5).copy_negate()),
    lambda: (hash(M.Decimal("1.5")) == hash(1.5), hash(M.Decimal(5)) == hash(5), M.Decimal("0.1") + M.Decimal("0.2") == M.Decimal("0.3")),
    lambda: ([M.Decimal(x) for x in ("1.25", "-1.25", "1.35")], [round(M.Decimal(x), 1) for x in ("1.25", "-1.25", "1.35")]),
    lambda: (M.getcontext().prec, M.getcontext().rounding, M.Context(prec=5), M.DefaultContext.prec, M.BasicContext.prec, M.ExtendedContext.prec),
    lambda: (M.Decimal("3.14159").quantize(M.Decimal("0.01"), rounding=M.ROUND_CEILING), M.Decimal("-3.14159").quantize(M.Decimal("0.01"), rounding=M.ROUND_FLOOR)),
    lambda: ([M.Decimal("2.5").quantize(M.Decimal(1), rounding=r) for r in (M.ROUND_UP, M.ROUND_DOWN, M.ROUND_HALF_UP, M.ROUND_HALF_DOWN, M.ROUND_HALF_EVEN, M.ROUND_05UP)]),
    lambda: (M.Decimal("1.1") * 3, M.Decimal(3) - M.Decimal("0.1"), 10 / M.Decimal(4), 10 // M.Decimal(4), -7 // M.Decimal(2), -7 % M.Decimal(2), divmod(M.Decimal(7), 2)),
    lambda: (format(M.Decimal("1234567.891"), ",.2f"), format(M.Decimal("0.5"), "%"), format(M.Decimal("12.5"), "e"), format(M.Decimal("12.5"), ">10"), format(M.Decimal("-0.00001"), "g"), format(M.Decimal("1e20"), "f")),
    lambda: (M.Decimal("1.000").normalize(), M.Decimal("100").normalize(), M.Decimal("0.00").normalize(), M.Decimal("1e3").to_eng_string(), M.Decimal("123e7").to_eng_string()),
    lambda: (M.Decimal(12).adjusted(), M.Decimal("1.20").as_tuple(), M.Decimal("-inf").as_tuple(), M.Decimal(" 42 "), M.Decimal("1_000")),
    lambda: (M.Decimal.from_float(0.1), M.Decimal(2**100), float(M.Decimal("1e400")), complex(M.Decimal(2)) if False else 0, M.Decimal(5).__round__(), math_floor(M.Decimal("-2.5")) if False else 0),
    lambda: (M.Context(prec=3).create_decimal("3.14159"), M.Context(prec=3).add(1, M.Decimal("0.001")), M.Context().divide(1, 7), M.Context(prec=2, rounding=M.ROUND_UP).plus(M.Decimal("1.01"))),
    lambda: (M.Context(prec=0)),
    lambda: (M.Context(rounding="bad")),
    lambda: (M.getcontext().prec_bad),
    lambda: (M.Decimal("1.5").foo),
    lambda: (M.Decimal(1).__class__.__name__, M.Decimal.__module__, M.Decimal.__qualname__, type(M.getcontext()).__name__, M.InvalidOperation.__mro__),
    lambda: (M.Decimal("1e-3") < M.Decimal("0.01"), sorted([M.Decimal("1.1"), M.Decimal(-2), M.Decimal("0.5")]), max(M.Decimal(1), 2), M.Decimal(2) == 2.0, M.Decimal(2) > 1),
    lambda: (sum(M.Decimal(str(x / 10)) for x in range(10)), M.Decimal(1).fma(2, 3), M.Decimal(9).sqrt(), M.Decimal(2).sqrt(), M.Decimal(-5) ** 2, M.Decimal(2) ** -2, pow(M.Decimal(3), 4, 5)),
    lambda: (bool(M.Decimal(0)), bool(M.Decimal("0.1")), M.Decimal("5").is_nan(), M.Decimal("nan").is_nan(), M.Decimal("-0") == 0, M.Decimal("1.50") == M.Decimal("1.5")),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, repr(r))
    except Exception as e:
        print(i, type(e).__name__ + ': ' + str(e))
