# sort/sorted on various element types
print(sorted([5, 2, 8, -1, 0, 2**70, -(2**70)]))
print(sorted([3.5, -1.25, 2, 0.0, True]))
print(sorted(['pear', 'Apple', 'fig', 'apple', 'é', 'banana']))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([[3, 1], [2], [3], [], [2, 5]]))
a = [9, 1, 8, 2, 7, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted('hello world'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted({5, 1, 3}))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    [None, 1].sort()
except TypeError as e:
    print('TypeError:', e)
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-10:], all([s[i] <= s[i + 1] for i in range(len(s) - 1)]))
print(sorted([], reverse=True), sorted([1]), sorted([2, 1], reverse=False))
