# Metaclass __prepare__/__init__, __new__, __format__, __index__, attribute hooks.
class Meta(type):
    def __prepare__(name, bases, **kw):
        print("prepare", name)
        return {"injected": 1}
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name, sorted(k for k in ns if not k.startswith("__")))
        super().__init__(name, bases, ns)
class W(metaclass=Meta):
    a = 1
print(W.injected)
class S:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        inst = super().__new__(cls)
        return inst
    def __init__(self, v):
        print("init", v)
s = S(5)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class Bad:
    def __init__(self):
        return 1
try:
    Bad()
except TypeError as e:
    print(e)
class Str:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
    def __format__(self, spec): return "FMT[" + spec + "]"
x = Str()
print(x, str(x), repr(x), [x], f"{x}", f"{x!r}", f"{x:abc}", "{}".format(x), "%s %r" % (x, x), format(x, "q"))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], bin(Idx()), range(Idx()), "abc"[Idx():])
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __round__(self, n=None): return "rounded %s" % n
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "Num(%r)" % self.v
print(int(Num(3.7)), float(Num(2)), round(Num(1)), round(Num(1), 2), sorted([Num(3), Num(1)]), min(Num(5), Num(2)))
class Eq:
    def __eq__(self, o): return True
print(Eq() == 1, Eq() != 1, 1 == Eq(), Eq() in [1, 2], [Eq()] == [5])
try:
    hash(Eq())
except TypeError as e:
    print(e)
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
g = GA(); g.real = 1
print(g.magic, g.real)
class SA:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        print("delattr", k)
sa = SA(); sa.q = 2; print(sa.q); del sa.q; print(sa.q)
class Cls:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(Cls[int], list[int], dict[str, int])
class B1:
    def who(self): return "B1"
class B2:
    def who(self): return "B2"
class M(B1, B2):
    pass
print(M().who(), M.__mro__)
M.__bases__ if False else None
o = M()
o.__class__ = B2
print(o.who(), type(o).__name__)
print(B1.who.__qualname__, B1().who.__self__.__class__.__name__, B1.who.__name__)
bm = B1().who
print(bm(), callable(bm), type(bm).__name__)
class WithSlotsDict:
    __slots__ = ("a", "__dict__")
w = WithSlotsDict(); w.a = 1; w.b = 2; print(w.a, w.b, w.__dict__)
class Reprless: pass
print(str(Reprless)[:25], Reprless.__name__, Reprless.__qualname__)
def outer():
    class Inner:
        pass
    return Inner
print(outer().__qualname__, outer()().__class__.__qualname__)
print(type.__name__, type(type), type(object), object.__bases__, int.__mro__)
print(issubclass(type(1), int), isinstance(int, type), isinstance(type, object))
class Abstract:
    x: int
    y: str = "a"
print(Abstract.__annotations__, Abstract.y)
