# keys/values/items views: iteration, len, membership, live updates
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
print(len(k), 'a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
d['d'] = 4
print(list(k), list(v), list(it))
del d['a']
print(sorted(k), sum(v), len(it))
print(k == {'b', 'c', 'd'}, sorted(k & {'b', 'x'}), sorted(k | {'x'}), sorted(k - {'b'}))
for key, val in d.items():
    print(key, '->', val)
print([x for x in d.values() if x > 2], list(reversed(d)), list(reversed(d.values())))
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
