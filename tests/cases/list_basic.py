# List creation, indexing, len, membership
a = [1, 2, 3, 'four', 5.0, None, True, [6, 7]]
print(a, len(a), a[0], a[-1], a[-1][0], a[3][1:])
print([], [[]], [[], []], list(), list(range(5)), list('hey'), list((1, 2)))
for i in range(-len(a), len(a)):
    print(i, repr(a[i]))
for bad in [8, -9, 100]:
    try:
        a[bad]
    except IndexError as e:
        print('IndexError:', e)
print(3 in a, 'four' in a, 4 in a, [6, 7] in a, 1.0 in a, 1 in [True])
b = [0] * 5
b[2] = 9
b[-1] = 'x'
print(b)
try:
    b[5] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    a['x']
except TypeError as e:
    print('TypeError:', e)
print(a.index('four'), [1, 2, 1, 2].count(2), [1, 2] + [3], [1, 2] * 2)
print(sum([1, 2, 3]), min([4, 2, 8]), max([4, 2, 8]), sorted([4, 2, 8]))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
