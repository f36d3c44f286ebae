# Metaclass __call__: singletons and instance caching
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in SingletonMeta._instances:
            print(f"  creating {cls.__name__}{args}")
            SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
        else:
            print(f"  reusing {cls.__name__}")
        return SingletonMeta._instances[cls]

class Config(metaclass=SingletonMeta):
    def __init__(self, env="dev"):
        print(f"  Config.__init__({env})")
        self.env = env
        self.values = {}

class Logger(metaclass=SingletonMeta):
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)

a = Config("prod")
b = Config("test")
print(a is b, a.env, b.env)
a.values["debug"] = True
print(Config().values)
Logger().log("one")
Logger().log("two")
print(Logger().lines, Logger() is not a)
print(len(SingletonMeta._instances))

class CachedMeta(type):
    def __call__(cls, *args):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            cls._cache = cache
        if args not in cache:
            cache[args] = super().__call__(*args)
        return cache[args]

class Color(metaclass=CachedMeta):
    def __init__(self, r, g, b):
        print(f"  new Color{(r, g, b)}")
        self.rgb = (r, g, b)
red1 = Color(255, 0, 0)
red2 = Color(255, 0, 0)
blue = Color(0, 0, 255)
print(red1 is red2, red1 is blue, len(Color._cache))

class CountingMeta(type):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.instances = getattr(cls, "instances", 0) + 1
        return obj
class Thing(metaclass=CountingMeta):
    def __init__(self, n):
        self.n = n
things = [Thing(i) for i in range(5)]
print(Thing.instances, [t.n for t in things])
