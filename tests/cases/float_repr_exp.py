# Float repr switching between fixed and exponent notation
x = 1.0
for i in range(25):
    print(i, x, -x)
    x *= 10
x = 1.0
for i in range(25):
    print(-i, x)
    x /= 10
for e in range(-330, 330, 37):
    v = float('1e%d' % e)
    print(e, repr(v), repr(v * 1.5))
print(1.5e300 * 1.5e300, -1.5e300 * 1.5e300)
print(1e-320, 1e-323, 1e-324)
print(123e-20, 0.000123, 1.23e-7, 12300000000000000.0, 1.23e16)
