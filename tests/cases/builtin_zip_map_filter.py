# zip, map, filter
print(list(zip([1, 2, 3], 'abc')), list(zip([1, 2], 'abcd', (True, False, None))), list(zip()), list(zip([1])))
print(dict(zip(['a', 'b'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2c3')), list(filter(lambda x: x > 2, range(6))))
m = map(lambda x: x + 1, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip('ab', range(10))
print(next(z), list(z))
names = ['x', 'y', 'z']
vals = [1, 2, 3]
for n, v in zip(names, vals):
    print(n, '=', v)
print(sum(map(int, '1 2 3 4'.split())), max(map(len, ['a', 'abc', 'ab'])), sorted(filter(lambda w: 'a' in w, ['cat', 'dog', 'bat'])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError:', e)
