# Euclid gcd, extended gcd and modular inverse written by hand
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return (a, 1, 0)
    g, x, y = egcd(b, a % b)
    return (g, y, x - (a // b) * y)
pairs = [(12, 18), (17, 5), (-12, 18), (12, -18), (0, 7), (7, 0), (2**64, 2**40 * 3), (10**30, 10**20 + 1), (240, 46)]
for a, b in pairs:
    g, x, y = egcd(a, b)
    print(a, b, gcd(a, b), (g, x, y), a * x + b * y == g)
def modinv(a, m):
    g, x, _ = egcd(a % m, m)
    return x % m if g == 1 else None
for a in range(1, 15):
    print(a, modinv(a, 15), modinv(a, 17))
print(modinv(3, 2**61 - 1))
