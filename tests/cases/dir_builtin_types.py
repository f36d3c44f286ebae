# dir() of builtin types, classes and instances lists what CPython lists.
class C:
    pass


class D(C):
    def m(self):
        pass


for T in [object, int, str, list, dict, tuple, set, frozenset, float, bytes, type,
          bool, range, slice, Exception, BaseException, ValueError,
          KeyError, OSError, StopIteration, C, D]:
    print(T.__name__, sorted(set(dir(T))))
print(dir(C()))
x = D()
x.a = 1
print(dir(x))
print(dir(ValueError('v')))
print([n for n in dir(1) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')])
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
