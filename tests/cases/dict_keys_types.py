# Keys of different hashable types; equal-hash keys collapse
d = {}
d[1] = 'int 1'
d[1.0] = 'float 1.0'
d[True] = 'bool True'
d[0] = 'int 0'
d[False] = 'bool False'
d[''] = 'empty'
d[()] = 'unit'
d[(1,)] = 'tuple1'
d[None] = 'None'
d[2**100] = 'big'
d[-1] = 'neg one'
d[-2] = 'neg two'
d[1.5] = 'one point five'
d['1'] = 'string 1'
print(d)
print(len(d), d[1], d[True], d[0.0], d[-1], d[-2], d[2.0**100])
print(list(d.keys()))
