# __getattr__ fallback, __getattribute__, __setattr__, __delattr__ hooks
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return f"hello x={self.x}"

t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.x = 5
print(t.x, p.hello())
p.y = 10
del p.y
print(hasattr(t, "y"), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

class Defaults:
    known = "class attr"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Defaults()
d.real = "instance"
print(d.known, d.real, d.opt_color, getattr(d, "opt_size"))
print(hasattr(d, "nothing"), getattr(d, "nothing", "fallback"))
try:
    d.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Upper:
    def __init__(self):
        self.name = "abc"
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        if isinstance(v, str):
            return v.upper()
        return v
u = Upper()
print(u.name, u.__dict__)

class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
v = Validated()
v.age = 3
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.age, vars(v))

class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        print("  computed", name)
        return value
z = Lazy()
print(z.abc, z.abc, z.hello, sorted(vars(z)))
