# repr of many computed floats: fractions, powers, sums
for d in range(1, 13):
    print(d, [repr(n / d) for n in range(1, 8)])
for e in range(-8, 9):
    print(e, repr(2.0 ** e), repr(10.0 ** e), repr(3.0 * 10.0 ** e), repr(1.5 ** e))
x = 0.0
for i in range(20):
    x += 0.05
    print(i, repr(x), str(round(x, 2)))
vals = [123456789.0, 1234567890123.0, 0.000001, 0.0000001, 1.0e-7, 123e-12, 9.999999999999999e22, 1e23, 5e-324 * 3,
        2.0 ** 52 + 0.5, 2.0 ** 53 - 1, 4503599627370496.5, 0.30000000000000004, 1 - 1e-16, 1 + 2.220446049250313e-16]
for v in vals:
    print(repr(v), str(v), f'{v}', '%r' % v, '%s' % v)
