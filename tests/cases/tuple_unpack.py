# Tuple unpacking in many positions
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
def pair():
    return 'p', 'q'
p, q = pair()
print(p, q)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    x, y, z = (1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    x, y = 5
except TypeError as e:
    print('TypeError:', e)
m, n = {'k1': 1, 'k2': 2}
print(m, n)
s1, s2, s3 = range(3)
print(s1, s2, s3)
points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points], sum([x * y for x, y in points]))
((a1, a2), (b1, b2)) = ((1, 2), (3, 4))
print(a1, a2, b1, b2)
