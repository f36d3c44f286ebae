import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heappush(h, v)
    print(h)
print([heappop(h) for _ in range(10)])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 12), data)
print(heappushpop(data, -1), heappushpop(data, 6), data)
words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum", "grape"]
print(nlargest(3, data), nsmallest(3, data), nlargest(1, data), nsmallest(1, [], ))
print(nlargest(3, words, key=len), nsmallest(3, words, key=len), nsmallest(20, words))
print(nlargest(2, iter([3, 1, 4, 1, 5, 9, 2, 6])), nsmallest(4, iter([3, 1, 4, 1, 5, 9, 2, 6])))
print(nsmallest(3, iter(words), key=len), nlargest(3, iter(words), key=len))
tasks = []
heappush(tasks, (2, 'write'))
heappush(tasks, (1, 'plan'))
heappush(tasks, (3, 'test'))
while tasks:
    print(heapq.heappop(tasks))
try:
    heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
