# List repetition and concatenation edge cases
print([0] * 0, [0] * -3, [1, 2] * 3, 3 * ['a'], [] * 10)
grid = [['.'] * 4 for _ in range(3)]
grid[0][0] = '#'
print(grid)
shared = [['.'] * 2] * 2
shared[0][0] = '#'
print(shared)
a = [1]
a *= 4
print(a)
a += (2, 3)
print(a)
a += 'xy'
print(a)
try:
    a + (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    [1] * 1.5
except TypeError as e:
    print('TypeError:', e)
print(len([None] * 100000))
