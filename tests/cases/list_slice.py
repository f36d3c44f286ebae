# List slicing reads with steps
a = list(range(10))
for st in [1, 2, 3, -1, -2, -3]:
    print(st, a[::st], a[1:8:st], a[8:1:st], a[-3::st])
print(a[:3], a[3:], a[-3:], a[:-3], a[100:], a[:100], a[5:5], a[7:3])
b = a[:]
b.append(99)
print(a, b, a == b[:-1], a is not b)
n = [[1, 2], [3, 4]]
c = n[:]
c[0].append(5)
print(n, c)
print(a[slice(1, 9, 3)], a[slice(None)], a[-100:-50])
