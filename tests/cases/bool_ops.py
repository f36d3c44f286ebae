# and/or/not return operands, precedence
print(0 or 'x', 'a' or 'b', '' or [] or 0, None or 0.0 or 'last')
print(1 and 2, 0 and 2, 'a' and '' and 'c', [1] and [2] and [3])
print(not 0, not 1, not '', not 'a', not None, not [], not [[]])
print(1 or 1 / 0, 0 and 1 / 0)
print(True and False or True, not True or True, not (True or True))
print(0 or None, None and 0, (0 or None) is None)
x = [] or {} or ()
print(x, type(x).__name__)
print(1 < 2 and 'lt' or 'ge', 3 < 2 and 'lt' or 'ge')
vals = [0, 1, '', 'z', None, [], [0]]
for a in vals:
    print(repr(a), [repr(a and b) for b in vals], [repr(a or b) for b in vals])
print(not 1 == 2, not (1 == 2), (not 1) == 2)
d = {}
name = d.get('name') or 'default'
print(name)
count = 0
def touch(v):
    global count
    count += 1
    return v
r = touch(0) and touch(1)
print(r, count)
r = touch(1) or touch(2)
print(r, count)
r = touch(0) or touch('') or touch('end')
print(r, count)
