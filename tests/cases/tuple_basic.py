# Tuple creation, indexing, slicing, immutability
t = (1, 'two', 3.0, None, (4, 5))
print(t, len(t), t[0], t[-1], t[-1][1], t[1:3], t[::-1], t[::2])
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
e = 1, 2, 3
print(e, type(e).__name__)
single = 'x',
print(single, len(single))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    t[10]
except IndexError as e:
    print('IndexError:', e)
print(t.index('two'), (1, 1, 2, 1).count(1), 3.0 in t, 'x' in t)
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) * 0)
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 2).index(5)
except ValueError as e:
    print('ValueError:', e)
print(sum((1, 2, 3)), max((4, 9, 2)), sorted((3, 1, 2)), list(reversed((1, 2, 3))))
