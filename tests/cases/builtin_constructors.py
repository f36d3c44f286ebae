# list/dict/set/tuple/frozenset/str/int/float/bool constructors
print(list(), list('ab'), list((1, 2)), list({3: 'x'}), list(range(3)), list({5}), list([x for x in 'hi']))
print(tuple(), tuple([1]), tuple('ab'), tuple({'k': 1}.items()))
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, x=3), dict(zip('ab', 'cd')), dict([[1, 2], 'xy']))
print(set(), set('hello') == set('helo'), set([3, 1, 3]), set(range(4)), frozenset([1, 1, 2]))
print(str(), str(5), str([1]), int(), int('9'), float(), float('2.5'), bool(), bool(5), bool([]))
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    list(5)
except TypeError as e:
    print('TypeError:', e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
l1 = [1, 2]
l2 = list(l1)
print(l1 == l2, l1 is l2)
t1 = (1, 2)
print(tuple(t1) == t1)
