# Fibonacci numbers reaching big-int territory
a, b = 0, 1
for i in range(151):
    if i % 10 == 0 or 88 <= i <= 96:
        print(i, a)
    a, b = b, a + b
def fib_pair(n):
    if n == 0:
        return (0, 1)
    f, g = fib_pair(n // 2)
    c = f * (2 * g - f)
    d = f * f + g * g
    if n % 2:
        return (d, c + d)
    return (c, d)
for n in [10, 100, 300, 1000]:
    f = fib_pair(n)[0]
    s = str(f)
    print(n, len(s), s[:15], s[-15:])
