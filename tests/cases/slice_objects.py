# slice objects and their use with sequences
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(12))
text = 'abcdefghijkl'
tup = tuple(data)
for sl in [slice(2, 9), slice(None, 5), slice(-4, None), slice(None, None, 3), slice(10, 2, -2), slice(-1, -13, -1), slice(100, 200)]:
    print(sl, data[sl], text[sl], tup[sl])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, 100).indices(8))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
data[slice(0, 3)] = ['x']
print(data)
del data[slice(None, None, 2)]
print(data)
