# User descriptors: __get__/__set__/__delete__/__set_name__, data vs non-data precedence
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.private)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age, type(Person.name).__name__, Person.name.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)

class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        obj.__dict__["attr"] = v
class Holder2:
    attr = Data()
h2 = Holder2()
h2.attr = "stored"
print(h2.attr, h2.__dict__)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        """computed once"""
        print("  computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__)

class Counter:
    def __get__(self, obj, cls):
        return cls.__name__ if obj is None else f"instance of {cls.__name__}"
class A:
    who = Counter()
class B(A):
    pass
print(A.who, B.who, A().who, B().who)

class Bound:
    def __get__(self, obj, cls):
        return lambda *a: ("bound", obj is not None, a)
class UsesBound:
    m = Bound()
print(UsesBound().m(1, 2), UsesBound.m())
