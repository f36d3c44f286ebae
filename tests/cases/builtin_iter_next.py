# iter() and next() with defaults, StopIteration
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration caught', repr(e))
s = iter('ab')
print(next(s), next(s), next(s, '<end>'))
d = iter({'x': 1, 'y': 2})
print(list(d), list(d))
r = iter(range(5))
first = next(r)
rest = list(r)
print(first, rest)
it2 = iter([10, 20, 30, 40])
for x in it2:
    print('loop', x, 'skip', next(it2, None))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
i1 = iter([1, 2])
i2 = iter(i1)
print(i1 is i2, next(i2), next(i1))
words = iter(['a', 'b', 'c', 'd', 'e'])
print(list(zip(words, words)))
