# Private name mangling: class attributes, methods, nested classes, comprehensions, leading-underscore class names
class A:
    __count = 0
    def __init__(self):
        A.__count += 1
        self.__id = A.__count
    def __private(self):
        return self.__id
    def get(self):
        return self.__private()
    @classmethod
    def count(cls):
        return cls.__count
    def __repr__(self):
        return f"A({self.__id})"
    def lst(self):
        return [self.__id for _ in range(2)]
    def kw(self, __a=1):
        return __a
a = A(); b = A()
print(a.get(), b.get(), A.count(), a, a.lst(), a.kw())
print(A._A__private.__name__, A._A__private.__qualname__)
print(sorted(k for k in vars(A) if 'A__' in k))
class _B:
    def __init__(self): self.__x = 1
print(vars(_B()))
class __C:
    def __init__(self): self.__x = 1
print(vars(__C()))
print(hasattr(a, '__id'), getattr(a, '_A__id'))
class Outer:
    class __Inner:
        pass
    def f(self):
        return self.__Inner.__name__
print(Outer().f(), Outer._Outer__Inner.__qualname__)
