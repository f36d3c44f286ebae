# Object model corners: two-arg super, __class__ assignment, object.__setattr__ on slots, GenericAlias isinstance, __eq__ always True, __new__ without __init__
class A(object):
    def __init__(self): super(A, self).__init__(); self.v = 1
class B(A):
    def __init__(self): super(B, self).__init__(); self.w = 2
b = B(); print(b.v, b.w)
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
class P:
    __slots__ = ("a",)
p = P()
object.__setattr__(p, "a", 5)
print(p.a, getattr(p, "a"))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __eq__(self, o): return True
print(Weird() == 1, 1 == Weird(), Weird() in [5], [Weird()].count(3), [1, 2].index(Weird()))
class K:
    x = 1
k = K()
print(k.__dict__, K.__dict__["x"], type(k).__dict__["x"])
k2 = K.__new__(K)
print(type(k2).__name__, k2.x)
class Sing:
    instance = None
    def __new__(cls):
        if cls.instance is None:
            cls.instance = object.__new__(cls)
        return cls.instance
print(Sing() is Sing())
print(isinstance(type, object), isinstance(object, type), issubclass(type, object))
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Empty: pass
e = Empty()
e.a = 1; e.b = 2
del e.a
print(vars(e), e.__dict__.get("a"))
try:
    del e.zzz
except AttributeError as err:
    print("AttributeError:", err)
print(getattr(e, "b"), getattr(Empty, "__name__"))
class WithClassAttr:
    items = []
    def add(self, x):
        self.items = self.items + [x]
w1, w2 = WithClassAttr(), WithClassAttr()
w1.add(1); w2.add(2)
print(w1.items, w2.items, WithClassAttr.items)
