# Chained assignment a = b = ...
a = b = c = 1
print(a, b, c)
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 'same'
y = 'diff'
print(x, y, z)
lst = [0, 0, 0]
i = lst[1] = 2
print(i, lst)
p, q = r = (3, 4)
print(p, q, r)
d = {}
d['k'] = d2 = {}
d2['inner'] = 1
print(d)
m = n = 5
m += 1
print(m, n)
