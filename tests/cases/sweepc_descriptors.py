class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.name)


class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @property
    def label(self):
        return f"{self.name} ({self.age})"

    @label.setter
    def label(self, v):
        n, a = v.rsplit(" ", 1)
        self.name, self.age = n, int(a)

    @label.deleter
    def label(self):
        print("label deleted")


p = Person("Ann", 31)
print(p.label, p.__dict__)
p.label = "Bob Stone 44"
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
print(p.age, Person.age.kind, type(Person.__dict__["label"]).__name__)
del p.label
print(Person.label.fget.__name__, Person.label.__doc__)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
print(property.__get__(Person.__dict__["label"], p, Person))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, Person)("abc"), cm.__get__(None, Person)())
f = lambda self: self.r * 10
print(f.__get__(c, Circle)(), f.__get__(c)())
print(hasattr(f, "__get__"), hasattr(len, "__call__"), callable(Lazy))
