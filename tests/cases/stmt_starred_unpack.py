# Starred assignment targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'hello'
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
first, *_, last = [10, 20, 30, 40, 50]
print(first, last, _)
(x, *y), z = 'abc', 9
print(x, y, z)
for h, *t in [(1, 2, 3), (4,), 'xy']:
    print(h, t)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
print(*[1, 2, 3], sep='-')
head, *tail = [1]
print(head, tail)
*init, = (7, 8)
print(init)
