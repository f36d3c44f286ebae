# Class decorators: registration, adding methods, wrapping
REGISTRY = {}

def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    print("registered", cls.__name__)
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

def counted(cls):
    original_init = cls.__init__
    cls.instances = 0
    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls

@register
@add_repr
@with_tag("geo")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

@register
@counted
@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin

print(sorted(REGISTRY))
p = REGISTRY["point"](1, 2)
print(p, Point.tag, p.tag)
print(repr(Point(-1, 2.5)))
users = [User("ann"), User("bob", admin=True), REGISTRY["user"]("cy")]
print(users)
print("User instances:", User.instances)
print(str(users[1]))

def replace_with_instance(cls):
    return cls()

@replace_with_instance
class config:
    debug = False
    level = 3
    def describe(self):
        return f"debug={self.debug} level={self.level}"

print(type(config).__name__, config.describe())

def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen, cannot set {name}")
        object.__setattr__(self, name, value)
    cls.__setattr__ = __setattr__
    orig = cls.__init__
    def __init__(self, *a):
        orig(self, *a)
        self._frozen = True
    cls.__init__ = __init__
    return cls

@frozen
class Const:
    def __init__(self, v):
        self.v = v

c = Const(42)
print(c.v)
try:
    c.v = 43
except AttributeError as e:
    print("AttributeError:", e)
print(c.v)
