class C:
    """doc"""
    x = 1
    def f(self): pass
print(list(C.__dict__))
print(C.__dict__["__dict__"], C.__dict__["__weakref__"])
class D(C):
    y = 2
print(list(D.__dict__))
class S:
    __slots__ = ("a", "b")
print(list(S.__dict__))
class S2:
    __slots__ = ("a", "__dict__")
print(list(S2.__dict__))
class E(Exception):
    pass
print(list(E.__dict__))
class N:
    pass
print(list(N.__dict__), N.__doc__)
class L(list): pass
print(list(L.__dict__))
class I:
    def __init__(self): self.v = 1
    __eq__ = lambda s, o: True
print(list(I.__dict__))
print(C.__dict__["__dict__"].__get__(C()), type(C.__dict__["__dict__"]))
