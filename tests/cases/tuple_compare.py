# Tuple comparisons and tuples as dict keys / sort keys
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1,), (1, 0)), ((), ()), ((2,), (1, 99)), ((1, 'a'), (1, 'b')), ((0.5,), (0,))]
for a, b in pairs:
    print(a, b, a == b, a < b, a <= b, a > b, a >= b, a != b)
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid.get((5, 5)), (2, 2) in grid, len(grid))
print(sorted([(3, 'c'), (1, 'z'), (3, 'a'), (2, 'm')]))
print(max((1, 5), (1, 7), (0, 100)), min((2, 'b'), (2, 'a')))
print((1, 2) == [1, 2], (1, (2, 3)) == (1, (2, 3)), (1, 2) < (1, 2, -1))
