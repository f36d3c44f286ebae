# Truthiness of every builtin kind
vals = [0, 1, -1, 0.0, -0.0, 0.1, '', ' ', 'a', '0', 'False', [], [0], (), (None,), {}, {0: 0},
        set(), {0}, frozenset(), None, True, False, range(0), range(1), 2**100, float('nan')]
for v in vals:
    print(repr(v), bool(v), not v, 'yes' if v else 'no')
print(bool(), bool(bool), bool(len))
n = 3
while n:
    print('n', n)
    n -= 1
s = 'abc'
while s:
    print(s)
    s = s[1:]
lst = [1, 2, 3]
while lst:
    print(lst.pop())
