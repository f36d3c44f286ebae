# Big-int comparisons (big with big, big with small, mixed signs) and
# floor division / modulo whose quotient is small, across word boundaries
# of the divisor (the shift-free quotient estimate).

vals = [0, 1, -1, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63, -2**63,
        2**64 - 1, 2**64, 2**127, -2**127, 2**128 + 12345, 3**100, -3**100,
        10**40, 10**40 + 1, -(10**40)]
for a in vals:
    row = []
    for b in vals:
        row.append("<" if a < b else ">" if a > b else "=")
        assert (a <= b) == (not a > b)
        assert (a >= b) == (not a < b)
        assert (a == b) == (not a != b)
    print("".join(row))

seed = 99


def rnd(bits):
    global seed
    r = 0
    for _ in range(bits // 30 + 1):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        r = (r << 30) | (seed >> 34)
    return r % (2**bits)


checksum = 0
for bb in [129, 130, 191, 192, 193, 255, 256, 257, 320, 640, 1000, 1024, 1025]:
    for qbits in [0, 1, 5, 31, 32, 59, 60, 61, 62, 63, 64, 70]:
        b = rnd(bb) | (1 << (bb - 1))
        q = rnd(qbits) if qbits else 0
        r = rnd(bb) % b
        a = b * q + r
        assert a // b == q, (bb, qbits)
        assert a % b == r
        assert divmod(a, b) == (q, r)
        assert (-a) // b == -q - (1 if r else 0)
        assert a // -b == -q - (1 if r else 0)
        checksum = (checksum * 31 + a // b + a % b) % 1000000007
        # Exact multiples and off-by-one around them.
        assert (b * q) // b == q
        if q:
            assert (b * q - 1) // b == q - 1
print(checksum)

# pidigits-style digit extraction.
acc, den, num, k, out = 0, 1, 1, 0, []
while len(out) < 60:
    k += 1
    k2 = k * 2 + 1
    acc = (acc + num * 2) * k2
    den *= k2
    num *= k
    if num > acc:
        continue
    d3 = (num * 3 + acc) // den
    d4 = (num * 4 + acc) // den
    if d3 != d4:
        continue
    out.append(d3)
    acc = (acc - den * d3) * 10
    num *= 10
print("".join(map(str, out)))
print(max(vals), min(vals), sorted(vals)[:4])

# Multiplication of big ints by small powers of two (either side, either
# sign) equals the general product.
big = 3**200 + 12345
for k in [1, 2, 4, 1024, 2**40, 2**62, -1, -2, -8, -2**62, -2**63, 2**63, 3, -6]:
    p = big * k
    q = k * (-big)
    assert p == -q
    assert p // big == k and p % big == 0
    print(k, p % 1000000007, q % 999999937, p.bit_length())
