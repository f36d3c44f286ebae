# classmethod, staticmethod, property, super, object, type(name, bases, ns), isinstance with tuples.
class Base:
    count = 0
    def __init__(self, x):
        self._x = x
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def helper(a, b=2):
        return a * b
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        del self._x
    def __repr__(self):
        return f"{type(self).__name__}({self._x!r})"
class Child(Base):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
    @classmethod
    def make(cls, x):
        obj = super().make(x)
        obj.y = -1
        return obj
    def __repr__(self):
        return super().__repr__() + f"+{self.y}"
print(Base.make(1), Child.make(2), Base.helper(3), Child.helper(3, 3), Base(1).helper(4), Child(5, 6))
c = Child(1)
c.x = 10
print(c.x, c)
try:
    c.x = -1
except ValueError as e:
    print(e)
del c.x
print(hasattr(c, "_x"), hasattr(c, "x"))
p = property(lambda self: 42)
print(type(p).__name__, p.fget is not None, p.fset, p.fdel, type(Base.__dict__["x"]).__name__, type(Base.__dict__["make"]).__name__, type(Base.__dict__["helper"]).__name__)
class RO:
    @property
    def v(self):
        return 1
try:
    RO().v = 2
except AttributeError as e:
    print(e)
try:
    del RO().v
except AttributeError as e:
    print(e)
T = type("T", (Base,), {"z": 5, "get": lambda self: self.z})
t = T(3)
print(T.__name__, T.__bases__ == (Base,), t.get(), t.x, isinstance(t, Base), issubclass(T, Base), type(t) is T, T.__mro__[1] is Base)
c.x = 7
print(super(Child, c).__repr__(), isinstance(super(Child, c), super))
o = object()
print(type(o) is object, o.__class__ is object, object.__name__, isinstance(Base, type), type(Base) is type, type(type) is type)
print(isinstance(1, (str, (list, (int,)))), issubclass(bool, (str, int)), isinstance(c, (Base, Child)), isinstance(None, type(None)))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class H:
    f = sm
    g = cm
print(H.f("abc"), H().f([1]), H.g(), H().g())
print(callable(Base.make), callable(Base.helper), callable(p))
