# len() of every sized builtin
print(len(''), len('abc'), len('日本語'), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({'a': 1}))
print(len(set()), len({1, 2, 2}), len(frozenset('abca')), len(range(10)), len(range(0, 100, 7)), len(range(5, 0)))
print(len({'a': 1}.keys()), len({'a': 1}.items()), len([0] * 1000), len('x' * 5000))
for bad in [5, 3.5, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    len(iter([1]))
except TypeError as e:
    print('TypeError:', e)
