# Lexicographic comparison of lists
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9]), (['a'], ['B']), ([1.0], [1]), ([[1]], [[0, 5]])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print([1, 2] == (1, 2), [1] != (1,), [] == [], [None] == [None])
try:
    [1] < (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError:', e)
print([1, 'a'] < [2, 1], [1, 'a'] == [1, 2])
print(max([[1, 2], [1, 3], [0, 9]]), min([[3], [2, 9], [2]]))
