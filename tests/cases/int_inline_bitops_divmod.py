# Small-int bitwise, shift, floor-division and modulo across signs and
# the edges of the tagged range (inline fast paths vs. the runtime).
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, -64, 100, -100, 2**61, -(2**61), 2**62 - 1, -(2**62), 12345678901, -98765432109]
out = []
for a in vals:
    for b in vals:
        r = []
        for f in (lambda x, y: x & y, lambda x, y: x | y, lambda x, y: x ^ y, lambda x, y: x >> y,
                  lambda x, y: x << y if y < 300 else "skip", lambda x, y: x // y, lambda x, y: x % y):
            try:
                v = f(a, b)
                r.append(v if abs(v) < 10**40 else hash(v))
            except Exception as e:
                r.append(type(e).__name__ + str(e))
        out.append((a, b, r))
for o in out:
    print(o)
x = 5
x //= 2; print(x); x %= 2; print(x); x <<= 70; print(x); x >>= 69; print(x); x ^= 7; x |= 8; x &= 12; print(x)
print(True & 1, True | False, type(True & True), 3 & True, -(2**62) // -1, (-(2**62)) % -1)
