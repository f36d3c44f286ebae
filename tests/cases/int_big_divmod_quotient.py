# Big-int floor division and modulo across quotient sizes and signs,
# checked against the identity a == q*b + r with 0 <= r < b (for b > 0).
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield seed

g = lcg(12345)
count = 0
bad = 0
checksum = 0
for bits_b in [64, 65, 127, 128, 129, 191, 256, 1000, 3000]:
    for extra in [0, 1, 2, 30, 59, 60, 61, 62, 63, 64, 65, 200]:
        for sign in [(1, 1), (-1, 1), (1, -1), (-1, -1)]:
            b = 0
            for _ in range(bits_b // 64 + 1):
                b = (b << 64) | next(g)
            b = (b >> max(0, b.bit_length() - bits_b)) | (1 << (bits_b - 1))
            a = 0
            for _ in range((bits_b + extra) // 64 + 1):
                a = (a << 64) | next(g)
            a = a >> max(0, a.bit_length() - (bits_b + extra))
            a, b = a * sign[0], b * sign[1]
            q, r = a // b, a % b
            if q * b + r != a or not (0 <= r < abs(b) if b > 0 else -abs(b) < r <= 0):
                bad += 1
            dq, dr = divmod(a, b)
            if (dq, dr) != (q, r):
                bad += 1
            checksum = (checksum * 31 + q % 1000003 + r % 999983) % (1 << 61)
            count += 1
print(count, bad, checksum)
# Exact multiples and off-by-one neighbours, where quotient estimates are tight.
b = (1 << 200) - 1
for k in [1, 2, 3, 7, (1 << 60) - 1, 1 << 60, (1 << 61) + 5]:
    for d in [-1, 0, 1]:
        a = k * b + d
        print(k, d, a // b, a % b == (d % b), divmod(a, b)[0] == a // b)
print((10 ** 100) // (10 ** 90 + 7), (10 ** 100) % (10 ** 90 + 7))
