# A table of binary operators over int, bool, float, big int and complex operands.
vals = [0, 1, -7, 3, True, False, 2.5, -0.0, 10**20, -(10**20) - 3, 1j, 2 - 3j, float("inf")]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b), ("//", lambda a, b: a // b),
       ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b if abs(b) < 50 else "big"), ("==", lambda a, b: a == b), ("<", lambda a, b: a < b),
       ("&", lambda a, b: a & b), ("<<", lambda a, b: a << b if 0 <= b < 70 else "skip"), ("divmod", divmod)]
for name, f in ops:
    row = []
    for a in vals:
        for b in vals:
            try:
                r = f(a, b)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__)
    print(name, " ".join(row))
