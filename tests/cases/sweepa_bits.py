# Integer bit manipulation and number-theory helpers.
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print([popcount(n) for n in [0, 1, 7, 8, 255, 2**64 - 1]], [bin(n).count("1") for n in [5, 1023]])
print([n.bit_length() for n in [0, 1, 255, 256, -256, 2**100]])
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~0b1010, 1 << 10, 1024 >> 3, -1 >> 5, -16 >> 2)
print(f"{0xDEAD:016b}", f"{0xBEEF:o}", f"{255:#010x}", int("1111", 2), int("777", 8), int("dead", 16))


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


print([n for n in range(70) if is_power_of_two(n)])


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return a * b // gcd(a, b)


print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6))


def prime_factors(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


print(prime_factors(360), prime_factors(97), prime_factors(2**31 - 1), prime_factors(600851475143))


def modpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r


print(modpow(2, 100, 1000007), pow(2, 100, 1000007), modpow(3, 10**18, 10**9 + 7))


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg, n = n < 0, abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" * neg + out


print([to_base(n, b) for n, b in [(255, 2), (255, 16), (-42, 7), (0, 3), (10**20, 36)]])
print(int(to_base(10**20, 36), 36) == 10**20)
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [format(g, "03b") for g in gray])
x = 0b1011_0110
print(x, x & -x, (x >> 4) & 0xF, x ^ 0xFF, bin(x)[2:].zfill(12), (x).to_bytes(2, "big"))
mask = 0
for bit in [1, 3, 5]:
    mask |= 1 << bit
print(mask, [b for b in range(8) if mask >> b & 1], bin(mask), mask.bit_count() if hasattr(int, "bit_count") else 3)
print(2**64 - 1 == (1 << 64) - 1, (2**64) >> 63, -(2**64) >> 63, (2**100) & (2**99 + 1), (-5) & 0xFF)
