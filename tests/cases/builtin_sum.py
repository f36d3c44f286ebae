# sum() over ints, floats, start values
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True, 3]))
print(sum([1, 2], 10), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([2**64, 2**64]), sum([-1] * 1000))
print(sum([x * x for x in range(10)]), sum({1: 'a', 2: 'b'}), sum({5, 6}), sum([1e308, 1e308, -1e308]))
print(sum([0.1, 0.2, 0.3]), sum([1, 2], start=5), sum([0.5, 0.5], 1))
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, 'x'])
except TypeError as e:
    print('TypeError:', e)
