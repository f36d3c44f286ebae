import heapq
from itertools import count, islice

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge(["dddd", "a"], ["ccc", "bb"], key=len, reverse=True)))
pairs = list(heapq.merge([(1, "x"), (2, "x")], [(1, "y"), (3, "y")], key=lambda p: p[0]))
print(pairs)
print(list(islice(heapq.merge(count(0, 2), count(1, 2)), 10)))
print(list(heapq.merge([1, 1, 2], [1, 2, 2], [0, 3])))
