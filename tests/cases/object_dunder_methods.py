# object's comparison, __sizeof__, __getstate__ and __subclasshook__.
import sys


class C:
    pass


print(object.__lt__(1, 2), object().__ge__(3), C().__le__(C()), C.__gt__(C(), 1))
print(C.__subclasshook__(int), object.__subclasshook__(C))
c = C()
print(c.__getstate__(), object().__getstate__())
c.x = 1
print(c.__getstate__())
for v in [object(), 1, 2 ** 100, 1.5, 'abc', b'ab', (1, 2), [1, 2], {}, {1: 2}, set(), range(3), 1j, None, True]:
    print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v) - v.__sizeof__())
print(C().__sizeof__())
print(hasattr(C(), '__reduce_ex__'), hasattr(object, '__reduce__'))
print(type(object.__sizeof__).__name__, type(object.__lt__).__name__, type(C().__lt__).__name__)
try:
    C() < C()
except TypeError as e:
    print(e)
