# repr of nested containers
x = [1, [2, [3, [4, [5]]]], (6, (7,)), {'a': [8, {'b': (9,)}]}, {10}, 'str', 1.5, None, True]
print(x)
print(repr(x) == str(x))
print([[]], [()], [{}], [set()], [frozenset()], [''], [[], [[]]])
print((1,), (1, 2), ((1,),), ([],), ())
print({'k': {'k': {'k': {}}}})
print({1: [1, 2], 2: (3,), 3: {4: 5}, 4: 'x', 5: None})
print([frozenset({1, 2})], {frozenset({3}): 'fs'}, {(1, 2): [3]})
print(['a\'b', "c\"d", 'e\nf'], {'tab\t': 1})
print([1.0, -0.0, float('inf'), float('nan'), 1e100, 1e-100])
a = [1, 2]
a.append(a)
print(a)
d = {'self': None}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
