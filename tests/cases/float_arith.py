# Float arithmetic table
vals = [0.5, -0.5, 1.5, -2.25, 3.0, 10.1, 1e-3, 7.7]
for a in vals:
    row = []
    for b in vals:
        row.append((a + b, a - b, a * b, a / b))
    print(a, row[:3])
for a in vals:
    print(a, [a // b for b in vals])
    print(a, [a % b for b in vals])
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
print(1e16 + 1 - 1e16, 1e16 + 2 - 1e16)
print(2.0 ** 0.5, 2 ** 0.5, 10 ** -1, 2.0 ** -1074, 4.0 ** 0.5, (-8.0) ** 2, 0.0 ** 0)
print((-8) ** (1 / 3))
h = 1.0
for i in range(60):
    h /= 2
print(h, 1.0 + h == 1.0)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(-7.5, 2), divmod(7.0, 0.5))
print(5.0 % 3, -5.0 % 3, 5 % -3.0, 1e300 % 7, -1e-300 % 1)
