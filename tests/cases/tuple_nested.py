# Nested tuples and hash-equality as dict/set members
t = ((1, 2), (3, (4, 5)), ((6,),))
print(t, t[1][1][0], t[2][0][0], len(t[1]))
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), (1, 2) in s, (2, 1) in s, (3, 3) in s)
d = {(0, 0): 'origin', (1, 0): 'east'}
d[(0, 0)] = 'ORIGIN'
print(d)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == tuple([1, 2]))
try:
    {([1], 2): 3}
except TypeError as e:
    print('TypeError:', e)
try:
    hash(([1],))
except TypeError as e:
    print('TypeError:', e)
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) in memo:
        return memo[(r, c)]
    v = paths(r - 1, c) + paths(r, c - 1)
    memo[(r, c)] = v
    return v
print(paths(10, 10), paths(16, 16), len(memo))
