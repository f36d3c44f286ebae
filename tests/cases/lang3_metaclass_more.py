# Metaclasses with __len__/__iter__/__getitem__/properties on classes, keyword arguments, __call__, __init__ validation, conflicts
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("created_by", mcls.__name__)
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __len__(cls):
        return len([k for k in vars(cls) if not k.startswith("_")])
    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if not k.startswith("_")))
    def __getitem__(cls, k):
        return getattr(cls, k)
    def __contains__(cls, k):
        return k in vars(cls)
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Rec(metaclass=Meta, flag=True):
    a = 1
    b = 2
print(len(Rec), list(Rec), Rec["a"], "b" in Rec, "z" in Rec, Rec.upper_name, Rec.kw, Rec.created_by)
class Sub(Rec):
    c = 3
print(type(Sub).__name__, list(Sub), Sub.kw, Sub.created_by)
class AutoRepr(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.args = args
        return obj
class Base(metaclass=AutoRepr):
    def __init__(self, *a): pass
    def __repr__(self): return f"{type(self).__name__}{self.args}"
print(Base(1, 2), [Base()])
class InitCheck(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        missing = [m for m in getattr(cls, "required", ()) if m not in ns and bases]
        if missing:
            raise TypeError(f"{name} missing {missing}")
class Plugin(metaclass=InitCheck):
    required = ("run",)
class Good(Plugin):
    def run(self): return "run"
try:
    class BadPlugin(Plugin):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Good().run(), isinstance(Good, InitCheck))
M = type("M", (type,), {"hello": lambda cls: f"hello from {cls.__name__}"})
K = M("K", (), {})
print(K.hello(), type(K).__name__, type(M).__name__)
try:
    class X(metaclass=M): pass
    class Y(metaclass=Meta): pass
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
print(type.__call__(Good).run())
