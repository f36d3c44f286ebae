# Metaclasses, __init_subclass__, __set_name__, __slots__, descriptors.
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        cls.tag = kw.get("tag", "none")
        return cls

    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)

    def __repr__(cls):
        return "<class %s via Registry>" % cls.__name__


class Base(metaclass=Registry):
    pass


class Child(Base, tag="kid"):
    def __init__(self, v):
        self.v = v


c = Child(3)
print(Registry.classes, Child.tag, Base.tag, c.v, Child, type(Child).__name__)


class Plugin:
    plugins = {}

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[key or cls.__name__] = cls


class P1(Plugin, key="one"):
    pass


class P2(Plugin):
    pass


print(sorted(Plugin.plugins))


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.name, value)


class Item:
    price = Field()
    qty = Field()


it = Item()
print(it.price)
it.price = 5
print(it.price, it._price, type(Item.price).__name__)
try:
    it.qty = -1
except ValueError as e:
    print("ValueError", e)


class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Pt(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(p.x, p.y, Pt.__slots__, hasattr(p, "__dict__"))
del p.x
try:
    p.x
except AttributeError as e:
    print(e)

Dyn = type("Dyn", (Base,), {"f": lambda self: 42, "k": 1})
d = Dyn()
print(d.f(), Dyn.k, Dyn.__mro__[1].__name__, Dyn.__name__)
print(isinstance(d, (int, Base)), issubclass(Dyn, Base), issubclass(bool, (str, int)))


class Lazy:
    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


lz = Lazy()
print(lz.xyz, lz.calls, getattr(lz, "nope", "dflt"), hasattr(lz, "xa"))
try:
    lz.nope
except AttributeError as e:
    print(e)
