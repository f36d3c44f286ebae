# reversed() and enumerate()
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))), list(reversed({'a': 1, 'b': 2})))
for i, v in enumerate('xyz'):
    print(i, v)
for i, v in enumerate(['a', 'b', 'c'], start=10):
    print(i, v)
print(list(enumerate([])), list(enumerate(range(3), 1)), list(enumerate('ab', -5)), dict(enumerate('abc')))
r = reversed([10, 20, 30])
print(next(r), next(r), list(r), list(r))
e = enumerate('hi')
print(next(e), list(e))
try:
    reversed({1, 2})
except TypeError as ex:
    print('TypeError:', ex)
for i, (a, b) in enumerate(zip('ab', 'cd')):
    print(i, a, b)
print([i for i, c in enumerate('banana') if c == 'a'])
