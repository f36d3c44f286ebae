# Integer division, modulo and power edge cases.
vals = [7, -7, 3, -3, 0, 1, -1, 10**20, -(10**20)]
for a in vals:
    row = []
    for b in [3, -3, 7, -7, 10**10]:
        row.append((a // b, a % b, divmod(a, b)))
    print(a, row)
for a in [7.5, -7.5, 0.0, -0.0]:
    for b in [2, -2, 0.5, -0.5]:
        print(a, b, a // b, a % b, divmod(a, b))
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 100, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3) if False else 0, 10 ** -2)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5))
print(-7 >> 1, 7 >> 1, -1 << 70, 1 << 64, ~5, ~-5, -5 & 3, -5 | 3, -5 ^ 3)
print(int("-0"), int(" 42 "), int("1_000"), int("ff", 16), int("0x1F", 0), int("-0b101", 0))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(-1250, -2))
print(abs(-10**30), abs(-3.5), (-3).__abs__(), True + True, True * 10, -True)
print(7 / 2, -7 / 2, 10**20 / 10**10, 1 / 3)
print((10**30) // 7, (10**30) % 7, -(10**30) // 7, -(10**30) % 7)
print(int(3.99), int(-3.99), int(1e20), int(-1e20))
print(float(10**20), float(2**63), 2**63 - 1, -(2**63))
print(9999999999999999 * 9999999999999999)
print(sum(range(10**6)), 3 * 10**18 + 3 * 10**18)
