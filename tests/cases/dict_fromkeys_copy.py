# fromkeys, copy semantics, equality
keys = ['a', 'b', 'c']
d1 = dict.fromkeys(keys)
d2 = dict.fromkeys(keys, 0)
shared = dict.fromkeys(keys, [])
shared['a'].append(1)
print(d1, d2, shared)
c = d2.copy()
c['a'] = 99
print(d2, c)
deep = {'l': [1, 2]}
shallow = deep.copy()
shallow['l'].append(3)
print(deep, shallow, deep == shallow, deep is shallow)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'a': 1, 'b': 2}) == list({'b': 2, 'a': 1}))
print(dict(sorted({'z': 1, 'a': 2, 'm': 3}.items())))
