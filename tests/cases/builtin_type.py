# type(x) printed, and type names
vals = [1, 2**100, 1.5, True, 'a', None, [1], (1,), {}, set(), frozenset(), range(1), len, lambda: 0, ValueError('e'), iter([])]
for v in vals[:12]:
    print(type(v), type(v).__name__)
print(type(ValueError('e')), type(ZeroDivisionError()).__name__, type(type(1)))
print(type(1) == int, type(1) is int, type(True) == int, type([]) == list, type({}) is dict)
print(int, float, str, bool, list, tuple, dict, set, frozenset, range, type)
print(type(1)('42') + 1, type('')(3.5), type([])('ab'))
def f():
    pass
print(type(f).__name__, type(len).__name__, type(lambda: 0).__name__)
