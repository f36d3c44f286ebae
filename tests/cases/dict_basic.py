# Dict creation, access, membership, len
d = {'one': 1, 'two': 2, 'three': 3}
print(d, len(d), d['two'], 'one' in d, 1 in d, 'four' not in d)
d['four'] = 4
d['one'] = 'uno'
print(d)
print({}, dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}), dict(zip('abc', range(3))))
print(dict([('a', 1)], b=2), dict({'a': 1}, a=3))
mixed = {1: 'int', 1.5: 'float', 'k': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?', frozenset({1}): 'fs'}
print(mixed, len(mixed))
print({1: 'a', 1.0: 'b', True: 'c'})
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e, repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print('KeyError:', e)
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError:', e)
del d['two']
print(d)
try:
    del d['two']
except KeyError as e:
    print('KeyError:', e)
print(d == {'four': 4, 'three': 3, 'one': 'uno'}, d != {}, {1: 2} == {1: 2.0})
