# Big-int multiplication, subtraction, and mixed sizes
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a * -b, -a * -b)
print(a - b, b - a, a + b)
print(a * b // a == b, a * b % b)
c = 1
for i in range(1, 40):
    c = c * (2**i + 1) - i
print(c)
x = 2**300 - 1
y = 2**150 + 1
print(x // y, x % y)
print((x * x) // (y * y))
p = 1
for i in range(50):
    p *= 0xFFFFFFFF
print(p % 1000000009, len(str(p)))
print(2**64 * 2**64 == 2**128, (2**64 - 1) * (2**64 - 1))
print(-(2**100) * 0, 0 * 2**100, 1 * -(2**100))
s = 0
for i in range(100):
    s += (-1) ** i * 10**i
print(s)
