# Integer exponentiation
for b in range(-3, 4):
    print(b, [b ** e for e in range(0, 8)])
print(2 ** 10, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 65)
print(3 ** 40)
print(10 ** 20, 10 ** 19)
print((-2) ** 63, (-2) ** 64)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 5).__name__)
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(7 ** 77)
x = 1
for i in range(70):
    x *= 3
print(x == 3 ** 70, x)
print(pow(2, 100), pow(2, 100, 1000007), pow(3, 1000, 10**9 + 7))
print(pow(-3, 3, 7), pow(3, -1, 7), pow(5, 0, 1))
