# property, classmethod, staticmethod, super chains and MRO.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        print("set", v)
        self._c = v

    @c.deleter
    def c(self):
        print("deleting")
        del self._c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(v):
        return v > -273.15


t = Temp(100)
print(t.c, t.f)
t.c = 0
print(t.f, Temp.from_f(212).c, Temp.valid(-300), t.valid(1))
try:
    t.f = 3
except AttributeError as e:
    print(e)
del t.c
print(hasattr(t, "_c"))


class A:
    def hello(self):
        return ["A"]


class B(A):
    def hello(self):
        return ["B"] + super().hello()


class C(A):
    def hello(self):
        return ["C"] + super().hello()


class D(B, C):
    def hello(self):
        return ["D"] + super().hello()


print(D().hello(), [k.__name__ for k in D.__mro__])
print(super(B, D()).hello())

try:
    class X(A, B):
        pass
except TypeError as e:
    print(e)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    @classmethod
    def reset(cls):
        cls.count = 0


a, b = Counter(), Counter()
print(a.id, b.id, Counter.count)
Counter.reset()
print(Counter.count, a.count)


class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NIE", e)

from abc import ABC, abstractmethod


class Animal(ABC):
    @abstractmethod
    def speak(self):
        ...


class Dog(Animal):
    def speak(self):
        return "woof"


try:
    Animal()
except TypeError as e:
    print(e)
print(Dog().speak(), isinstance(Dog(), Animal))
print(vars(Sq(2)), Sq.__name__, Sq.__qualname__, Sq.__bases__, Sq.__doc__)
