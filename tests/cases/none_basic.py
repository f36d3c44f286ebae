# None behaviour
x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x is not None, x == None, x != None)
print([None, None], (None,), {None: None}, {None})
def f():
    pass
def g():
    return
def h(a):
    if a:
        return a
print(f(), g(), h(0), h(5), f() is None)
print(None or 'fallback', None and 'x', not None, bool(None))
d = {'a': 1}
print(d.get('b'), d.get('a'), [].sort(), [3, 1].reverse())
print(print('inner') is None)
try:
    None + 1
except TypeError as e:
    print('TypeError:', e)
try:
    None < 1
except TypeError as e:
    print('TypeError:', e)
try:
    len(None)
except TypeError as e:
    print('TypeError:', e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print('TypeError:', e)
try:
    for i in None:
        pass
except TypeError as e:
    print('TypeError:', e)
print(f"{None}", "%s" % None, "{}".format(None), str(None) + '!')
print(sorted([3, 1, 2], key=None), max([1, 5, 2], key=None))
