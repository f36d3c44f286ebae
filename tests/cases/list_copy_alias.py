# Aliasing vs copying
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
print(a, b, c, d, e, a is b, a is c, a == b)
b += [5]
print(a, b)
b = b + [6]
print(a, b)
def mutate(lst):
    lst.append('m')
    lst = ['new']
    lst.append('z')
    return lst
r = mutate(a)
print(a, r)
n = [[1], [2]]
sh = n.copy()
sh[0].append(99)
sh[1] = ['replaced']
print(n, sh)
x = y = []
x.append(1)
print(x, y, x is y)
t = (a,)
a.append('via tuple')
print(t)
