# __getattr__ is only called when normal lookup fails
class Proxy:
    def __init__(self, target):
        self._target = target
        self.lookups = []
    def __getattr__(self, name):
        self.lookups.append(name)
        return getattr(self._target, name)

class Target:
    kind = "target"
    def __init__(self):
        self.value = 42
    def hello(self, who):
        return f"hello {who}"

p = Proxy(Target())
print(p.value, p.kind, p.hello("proxy"))
print(p.lookups)
print(p._target.value, p.lookups)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(p.lookups)
print(hasattr(p, "nothing"), hasattr(p, "value"))

class Defaults:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Defaults()
print(d.real, d.opt_color, getattr(d, "opt_size"), getattr(d, "bad", "fallback"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
d.opt_color = "set explicitly"
print(d.opt_color)

class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
    def __call__(self, *args):
        return "/".join(self.path) + str(args)
api = Chain()
print(api.users.list(), api.repos.get(1, 2), api.a.b.c.d())

class Lazy:
    def __getattr__(self, name):
        print(f"  computing {name}")
        value = len(name) * 10
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.abc, lz.abc, lz.hello, sorted(vars(lz).items()))

class Recursive:
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError("no data yet")
        return self.data[name]
try:
    Recursive().x
except AttributeError as e:
    print("AttributeError:", e)
