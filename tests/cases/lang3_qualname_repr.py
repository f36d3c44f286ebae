# Class reprs use __qualname__ (nested and local classes), also for exception types
class Outer:
    class Inner:
        class Deep: pass
def f():
    class Local: pass
    return Local
print(Outer.Inner, Outer.Inner.Deep, f(), repr(Outer))
print(Outer.Inner().__class__, type(Outer.Inner.Deep()))
import collections
print(collections.OrderedDict, collections.Counter)
class E(Exception): pass
class Outer2:
    class Err(Exception): pass
print(E, Outer2.Err, repr(Outer2.Err("x")))
try:
    raise Outer2.Err("nested err")
except Exception as e:
    print(type(e), e.__class__.__qualname__)
print(int, type(None), type(print), type(len).__name__, type(lambda: 0))
class Holder:
    class Problem(Exception):
        pass
raise Holder.Problem("nested class in the last traceback line")
