# Basic integer arithmetic with a table of operand pairs
pairs = [(0, 1), (1, 1), (7, 3), (-7, 3), (7, -3), (-7, -3), (100, 7), (12345, 678), (2, 10), (-1, 1)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, -a, +b)
x = 10
x = x * 3 - 4
print(x)
print(1 + 2 * 3 - 4)
print((1 + 2) * (3 - 4))
print(2 - 3 - 4, 2 - (3 - 4))
print(100 - 99 * 2 + 5)
total = 0
for i in range(1, 101):
    total += i * i
print("sum of squares", total)
acc = 1
for i in range(1, 21):
    acc = acc * i
    print(i, acc)
print(0 * -5, -0, 0 == -0)
