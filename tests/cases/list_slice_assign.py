# Slice assignment and deletion on lists
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = ['E'] * len(a[::2])
print(a)
a[1:3] = []
print(a)
a[:] = 'xyz'
print(a)
b = list(range(8))
b[5:2:-1] = ['p', 'q', 'r']
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[1:2] = range(5)
print(d)
d[-2:] = (7, 8, 9)
print(d)
e = [0, 1, 2]
e[10:20] = [5]
print(e)
e[:1] = e
print(e)
