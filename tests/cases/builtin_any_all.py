# any and all
cases = [[], [0], [1], [0, 1], [1, 1], ['', 'a'], [None], [[], [0]], [0.0, -0.0], [1, 2, 3]]
for c in cases:
    print(c, any(c), all(c))
print(any([x > 5 for x in range(10)]), all([x < 10 for x in range(10)]), any(()), all(()), all([[]]), any('abc'), all(''))
print(all([isinstance(x, int) for x in [1, 2, True]]), any([c.isupper() for c in 'hello World']))
