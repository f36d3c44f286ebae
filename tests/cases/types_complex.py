# complex arithmetic, repr and methods.
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(3), complex(0, -0.0), complex(-0.0, 0), complex(1e20, 1e-20), complex(float("inf"), float("nan")), 2 + 0j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v) if v.real == v.real else "", v == v, hash(v) == hash(v))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, abs(a), a == 3 + 4j, a != b, a + 1, 1 + a, a * 2.5, a / 2, 2 / a, a ** 0)
print(complex("1+2j"), complex("  -3.5j "), complex("(1-1j)"), complex("5"), complex("j"), complex("-j"), complex(1, 2), complex(1.5, -2), complex(real=1, imag=3), complex(1j, 1j))
for bad in ["1+", "abc", "1+2i", "", "1 + 2j", "((1+2j))"]:
    try:
        print(complex(bad))
    except ValueError as e:
        print(repr(bad), e)
for bad in [lambda: a < b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a / 0, lambda: 0j ** -1, lambda: int(a), lambda: float(a), lambda: complex("1", 2), lambda: round(a), lambda: complex([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(1j * 1j, (1 + 1j) ** 2, 1j == 1j + 0, complex(2) == 2, 2.0 == complex(2), {1j: "x"}[1j], hash(complex(5)) == hash(5), format(1 + 2j, "^20"), f"{1.23456+2j:.2f}", bool(0j), bool(1j))
print(type(1j).__name__, isinstance(1j, complex), (1+2j).__add__(1), (1+2j).__mul__(2j), pow(1j, 2), sum([1j, 2j, 3]), repr(complex(1e16, 1.5)), repr(-1e-5j), repr(complex(0.0, 1e300) * 10))
