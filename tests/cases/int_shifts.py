# Left and right shifts, including negative numbers and big shifts
for v in [1, 5, -1, -5, 255, -256, 12345]:
    print(v, [v << s for s in (0, 1, 4, 8, 31, 32, 63, 64, 65)])
    print(v, [v >> s for s in (0, 1, 2, 4, 8, 63, 64, 100)])
print(1 << 100, (1 << 100) >> 99, (1 << 100) >> 200)
print(-1 >> 1000, -(1 << 100) >> 50, -(1 << 100) >> 101)
print(-7 >> 1, -8 >> 1, -9 >> 2)
print(2**64 >> 1, 2**64 << 1)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)
x = 1
for i in range(10):
    x <<= 7
    print(i, x)
while x:
    x >>= 13
    print(x)
print(True << 3, 5 >> True)
