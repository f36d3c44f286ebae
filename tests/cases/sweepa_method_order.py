# Method lookup happens before the arguments are evaluated (LOAD_METHOD).
import math


class A:
    def m(self, x):
        return ("old", x)

    def n(self):
        return "n"


a = A()


def rebind_class():
    A.m = lambda self, x: ("new", x)
    return 1


print(a.m(rebind_class()))
print(a.m(2))

try:
    a.missing(print("not printed"))
except AttributeError as e:
    print("AttributeError:", e)


def shadow():
    a.m = lambda x: ("inst", x)
    return 3


print(a.m(shadow()))
print(a.m(4))
del a.m
print(a.m(5))


class Holder:
    pass


h = Holder()
h.inner = Holder()
h.inner.f = lambda v: ("first", v)


def swap():
    h.inner.f = lambda v: ("second", v)
    return 7


print(h.inner.f(swap()))
print(h.inner.f(8))

log = []


class Mod:
    def __getattr__(self, name):
        log.append("getattr " + name)
        return lambda *a: (name, a)


def arg(v):
    log.append("arg %s" % v)
    return v


mm = Mod()
print(mm.thing(arg(1), arg(2)))
print(log)

print(math.floor(arg(2.5)), "abc".upper(), [1, 2, 3].index(2))
try:
    math.nosuch(print("not printed either"))
except AttributeError as e:
    print(e)
print(a.n(), A.n(a))
print(a.m(x=9))


class B:
    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def c(cls, x):
        return cls.__name__, x


print(B.s(3), B().s(4), B.c(1), B().c(2))
d = {"k": 1}
print(d.get("k"), d.get("z", 0), d.setdefault("q", []).append(1), d)
