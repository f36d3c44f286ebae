# Metaclasses: __new__, __init__, __call__, class-level attributes and registries
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes.append(name)
        return cls

class Model(metaclass=Registry):
    pass
class User(Model):
    pass
class Post(Model):
    pass
print(Registry.classes, type(User).__name__, isinstance(User, Registry), isinstance(User, type))

class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            if not k.startswith("__"):
                new_ns[k.upper()] = v
            else:
                new_ns[k] = v
        return super().__new__(mcls, name, bases, new_ns)
class Config(metaclass=Upper):
    debug = True
    level = 3
print(Config.DEBUG, Config.LEVEL, hasattr(Config, "debug"))

class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kwargs)
class Widget(metaclass=Counted):
    def __init__(self, name):
        self.name = name
w1, w2 = Widget("a"), Widget("b")
print(Widget.instances, w2.name)

class WithRepr(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via WithRepr>"
    def describe(cls):
        return f"{cls.__name__} has {sorted(k for k in vars(cls) if not k.startswith('_'))}"
class Thing(metaclass=WithRepr):
    a = 1
    def m(self):
        pass
print(Thing, repr(Thing), Thing.describe())
try:
    Thing().describe()
except AttributeError as e:
    print("AttributeError:", e)

class Final(type):
    def __new__(mcls, name, bases, ns):
        for b in bases:
            if isinstance(b, Final):
                raise TypeError(f"cannot subclass final class {b.__name__}")
        return super().__new__(mcls, name, bases, ns)
class Leaf(metaclass=Final):
    pass
try:
    class Sub(Leaf):
        pass
except TypeError as e:
    print("TypeError:", e)

Dyn = Registry("Dyn", (Model,), {"x": 5})
print(Dyn.x, Registry.classes[-1], type(Dyn) is Registry)
print(type(type), type(Model), Model.__class__.__name__)
