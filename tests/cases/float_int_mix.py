# Mixing ints and floats
print(1 + 1.0, 2 * 3.5, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 10 - 0.5)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__, type(True + 0.5).__name__)
print(8 / 4, 9 / 3, 1 / 8, 10 / 4, -1 / 2, 2**70 / 2**69, 10**20 / 10**10)
print(3 == 3.0, 3 < 3.1, 2**63 == 2.0**63, 2**63 + 1 == 2.0**63, float(2**63 + 1))
print(int(2.5) + 0.5, float(7) / 2, round(7 / 2))
for n in range(1, 12):
    print(n, n / 7, n / 7 * 7, n * 0.1, n / 10)
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 * 10 == 1.0, sum([0.1] * 10))
print(True + 1.5, False * 2.5, True / 2)
print(10**308 * 10.0, -(10**308) * 10.0)
try:
    print(10**400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10**400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 3 % 1000, (10**400) / (10**399))
print(2**1000 / 2**999, 1 / 2**1000)
