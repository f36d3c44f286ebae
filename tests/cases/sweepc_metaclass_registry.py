class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kw.get("key", name.lower())
            mcls.registry[key] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = cls.__name__
        return inst

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Plugin(metaclass=PluginMeta):
    def run(self):
        raise NotImplementedError


class Echo(Plugin):
    def run(self, x):
        return x


class Upper(Plugin, key="up"):
    def run(self, x):
        return x.upper()


print(sorted(PluginMeta.registry), PluginMeta.registry["up"], type(Upper).__name__)
e = PluginMeta.registry["echo"]()
print(e.run("hi"), e.created_by, isinstance(e, Plugin))


class Base:
    subclasses = []

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__
        Base.subclasses.append(cls)


class A(Base, tag="alpha"):
    pass


class B(A):
    pass


print([(c.__name__, c.tag) for c in Base.subclasses])


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v


print(Config(1) is Config(2), Config().v)
Dyn = type("Dyn", (Base,), {"x": 5, "hello": lambda self: f"hi {self.x}"})
print(Dyn().hello(), Dyn.tag, Dyn.__mro__[1].__name__, Dyn.__name__)


class Meta2(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __len__(cls):
        return 42


class W(metaclass=Meta2):
    pass


print(W.upper_name, len(W), isinstance(W, Meta2), type(W) is Meta2)


class Auto:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Auto[int], getattr(W, "missing", "dflt"))
