# frozenset: construction, hashing, ops, as keys
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, frozenset(), frozenset('aa') == frozenset({'a'}))
g = f | {10}
print(g, type(g).__name__, type({10} | f).__name__, type(f & {1}).__name__)
print(f - {1}, f ^ frozenset({2, 9}), f & frozenset(range(2, 5)))
d = {f: 'first', frozenset({1}): 'one'}
print(d[frozenset({1, 2, 3})], d[frozenset([1])])
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(s))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    f.add(5)
except AttributeError as e:
    print('AttributeError:', e)
print(f.union([7]), f.issubset({1, 2, 3, 4}), f == {1, 2, 3})
print(sorted(frozenset({-3, 30, 300})), repr(frozenset({5})), str(frozenset()))
