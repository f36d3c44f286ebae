# __slots__ member descriptors: mangled slot names, dir(), __get__/__set__, subclasses with a __dict__
class P:
    __slots__ = ('__x', 'y')
    def __init__(self): self.__x = 1; self.y = 2
    def get(self): return self.__x
p = P()
print(p.get(), P._P__x, P.y.__name__, repr(P.y))
print(sorted(k for k in dir(p) if not k.startswith('__')))
print(P.y.__get__(p, P), P.y.__get__(None, P) is P.y)
P.y.__set__(p, 5); print(p.y)
class Q(P):
    pass
q = Q(); q.z = 3; print(vars(q), q.y)
try:
    P.y.__get__(object(), object)
except TypeError as e: print(e)
import copy
