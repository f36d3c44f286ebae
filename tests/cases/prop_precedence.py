# Lookup precedence: data descriptors (property) > instance dict > non-data descriptors
class Demo:
    @property
    def p(self):
        return "property p"
    def m(self):
        return "method m"
    c = "class attr c"

d = Demo()
d.__dict__["p"] = "instance p"
d.__dict__["m"] = lambda: "instance m"
d.__dict__["c"] = "instance c"
print(d.p)      # property wins over the instance dict
print(d.m())    # instance dict wins over a plain function (non-data descriptor)
print(d.c)      # instance dict wins over class attribute
print(sorted(vars(d)))

class Fallback:
    def __getattr__(self, name):
        return f"__getattr__({name})"
    @property
    def broken(self):
        raise AttributeError("inner failure")
    @property
    def fine(self):
        return "fine"
f = Fallback()
print(f.fine)
print(f.broken)   # AttributeError inside a property falls back to __getattr__
print(f.other)

class Shadow:
    x = property(lambda self: "from property")
s = Shadow()
print(s.x)
Shadow.x = "replaced by plain value"
print(s.x)
s.x = "now instance attr"
print(s.x, Shadow.x)
del s.x
print(s.x)

class Settable:
    def __init__(self):
        self._v = 0
    v = property(lambda self: self._v, lambda self, val: setattr(self, "_v", val * 2))
st = Settable()
st.v = 21
print(st.v, st._v, Settable.v.fset is not None, Settable.v.fdel)
p = Settable.v
print(type(p).__name__, callable(p.fget), p.__get__(st))
