# Arbitrary-precision factorials and digit sums
f = 1
for i in range(1, 61):
    f *= i
    if i % 5 == 0:
        print(i, f)
def fact(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r
big = fact(200)
s = str(big)
print(len(s), s[:20], s[-60:])
print(sum([int(c) for c in s]))
zeros = len(s) - len(s.rstrip('0'))
print("trailing zeros", zeros)
print(fact(100) // fact(98), 100 * 99)
print(fact(30) % 1000000007)
print(fact(25) - fact(24) * 25)
print(-fact(22), abs(-fact(22)))
