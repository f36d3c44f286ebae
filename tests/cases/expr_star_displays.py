# Unpacking inside list/tuple/set/dict displays (PEP 448)
a = [1, 2]
t = (3, 4)
print([*a, *t], [*range(3), *'ab', *(9,)], [0, *a, 0], [*[], *()])
print((*a, 5), (*t,), {*a, *t, 2}, {*range(5), 10})
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, 'y': 'override'}, {'y': 'first', **d1}, {**{}})
merged = {**d1, 'w': 0, **d2}
print(merged, list(merged))
first, *rest = [*'hello', *'!']
print(first, rest)
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *t, 5), f(**d1, **{'q': 9}), f(*[], **{}))
print(*[*a, *t], sep=',')
