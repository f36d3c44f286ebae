# isinstance with builtin types and tuples of types
vals = [1, 1.0, True, 'a', None, [1], (1,), {1: 1}, {1}, frozenset(), range(1), 2**100]
types = [int, float, bool, str, list, tuple, dict, set, frozenset, range, object]
for v in vals:
    print(repr(v), [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(3, (str, int)), isinstance(3.0, (int, str)), isinstance('x', (list, (tuple, str))), isinstance(None, type(None)))
print(isinstance(True, int), isinstance(1, bool), isinstance(ValueError('x'), Exception), isinstance(KeyError(), LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(IndexError(), (KeyError, ValueError)))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
def describe(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, int):
        return 'int'
    if isinstance(x, (list, tuple)):
        return 'seq of ' + str(len(x))
    if isinstance(x, dict):
        return 'map'
    return 'other'
print([describe(v) for v in vals])
