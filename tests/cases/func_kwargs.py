# **kwargs collection and keyword passing
def kw(**kwargs):
    return kwargs
print(kw(), kw(a=1), kw(b=2, a=1, c=3))
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6, f=7))
print(mixed(a=1, c=2, z=26))
opts = {'c': 'C', 'd': 'D', 'extra': True}
print(mixed(0, **opts))
def describe(name, **info):
    parts = [name]
    for k, v in info.items():
        parts.append(f'{k}={v!r}')
    return ' '.join(parts)
print(describe('item', color='red', size=3, tags=['a']))
try:
    describe('x', **{'name': 'dup'})
except TypeError as e:
    print('TypeError:', e)
try:
    mixed(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(dict(**{'a': 1}, b=2))
