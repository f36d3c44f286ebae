# float methods: is_integer, hex/fromhex, as_integer_ratio, round, divmod signs, nan comparisons.
vals = [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0**53, 1/3, 123.456]
for v in vals:
    print(repr(v), v.is_integer(), v.hex(), v.as_integer_ratio(), float.fromhex(v.hex()) == v, v.real, v.imag, v.conjugate(), hash(v) == hash(v))
for h in ["0x1.8p1", "0x1p-1074", "-0x1.fffffffffffffp+1023", "0x0p0", "inf", "-inf", "nan", "0x1.0p", "1.5", "0X1P3", " 0x10 ", "0x.8"]:
    try:
        print(h, repr(float.fromhex(h)))
    except Exception as e:
        print(h, type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    for m in ["is_integer", "hex", "as_integer_ratio"]:
        try:
            print(getattr(v, m)())
        except Exception as e:
            print(type(e).__name__, e)
for v in [2.5, 3.5, -2.5, 0.125, 2.675, 1234.5678, -0.5, 1e20, 0.5, 1.5, 5e-324]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 0), type(round(v)).__name__, type(round(v, 0)).__name__)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 1), (-0.0, 1), (5, 0.5), (1e308, 1e-308), (3.0, float("inf")), (-3.0, float("inf"))]:
    print(a, b, divmod(a, b), a % b, a // b, math_fmod if False else "")
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan >= nan, [nan] == [nan], nan in [nan], (nan, 1) == (nan, 1), min(1.0, nan), max(nan, 1.0), sorted([3.0, 1.0, 2.0]))
for bad in [lambda: round(float("inf")), lambda: round(nan), lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: float("x"), lambda: float("1e"), lambda: float([]),
            lambda: 10.0 ** 400, lambda: (-8.0) ** 0.5, lambda: 0.0 ** -1, lambda: float.fromhex("0x1p99999"), lambda: round(1.5, "a"), lambda: (1.5).__round__(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(float("  1.5  "), float("-inf"), float("+nan"), float("1_000.5"), float("1e-3"), float(" -.5"), float("INFINITY"), float(10**20), float(True), float(b"2.5") if False else 2.5)
print(round(2.5), round(3.5), round(-3.5), round(0.5 + 1e-16), (0.1 + 0.2), 0.1 + 0.2 == 0.3, 1e16 + 1, 2**0.5, 10 / 4, 10 // 4.0, -10 // 4.0, 2 ** -1, (-2) ** 2.0)
