# Class decorators: registering, adding methods, wrapping, returning a new class
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def with_id(start):
    def deco(cls):
        counter = [start]
        orig_init = cls.__init__
        def __init__(self, *args, **kwargs):
            self.id = counter[0]
            counter[0] += 1
            orig_init(self, *args, **kwargs)
        cls.__init__ = __init__
        return cls
    return deco

@register
@add_repr
@with_id(100)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

@register
class Nothing:
    pass

print(Point(1, 2), Point(3, 4))
print(registry)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, name):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config).__name__)

def frozen(cls):
    def __setattr__(self, k, v):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, k, v)
    cls.__setattr__ = __setattr__
    orig = cls.__init__
    def __init__(self, *a):
        orig(self, *a)
        self._frozen = True
    cls.__init__ = __init__
    return cls

@frozen
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
p = Pair(1, 2)
try:
    p.a = 5
except AttributeError as e:
    print("AttributeError:", e)
print(p.a, p.b)
