# Builtin exception attributes: NameError.name, AttributeError.name/obj, ImportError.msg/name/path, OSError fields
e = NameError("boom", name="zz")
print(e.name, e.args, str(e))
a = AttributeError("nope", name="q", obj=3)
print(a.name, a.obj)
i = ImportError("cannot", name="mod", path="/p")
print(i.name, i.path, i.msg, str(i))
try:
    ValueError("x", foo=1)
except TypeError as t:
    print(t)
try:
    NameError("x", foo=1)
except TypeError as t:
    print(t)
class MyOS(OSError): pass
m = MyOS(13, "denied", "f")
print(type(m).__name__, m.errno, m.strerror, m.filename, m, m.args)
o = OSError(99, "weird")
print(type(o).__name__, o, repr(o))
o2 = OSError(2, "nf", "a", None, "b")
print(o2, type(o2).__name__)
e2 = OSError()
print(e2.errno, str(e2), repr(e2))
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
x = E("m", 4)
print(x.code, x.args, x)
y = ValueError("v"); y.extra = 5; print(y.extra)
def f():
    return undefined_thing
try: f()
except NameError as ne: print(ne.name, repr(ne))
def g():
    print(zz)
    zz = 1
try: g()
except UnboundLocalError as ue: print(ue.name, ue)
try: "x".foo
except AttributeError as ae: print(ae.name, ae.obj)
import math
try: math.nothing
except AttributeError as ae: print(ae.name, ae.obj is math)
try: (1).xx = 2
except AttributeError as ae: print(ae)
