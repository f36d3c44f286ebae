class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.a = 1

    def hello(self):
        return f"hello a={self.a}"


t = Target()
p = Proxy(t)
print(p.a, p.hello())
p.a = 5
p.b = 7
print(t.a, t.b, p.b)
del p.b
print(hasattr(t, "b"), p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Record:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"<default {name}>"

    def __dir__(self):
        return sorted(k for k in self.__dict__ if not k.startswith("secret"))


r = Record(x=1, secret_key="abc")
print(r.x, r.y, r.secret_key, r.__dir__())


class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v


d = DefaultDict(a=0)
print(d["hello"], d["a"], d, d.get("zz"), "zz" in d)


class Callable:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kw):
        self.calls += 1
        return args, kw


c = Callable()
print(c(1, x=2), c(), c.calls, callable(c), callable(Callable))
print("{name} is {age}".format_map({"name": "x", "age": 3}))


class Fmt(dict):
    def __missing__(self, k):
        return "{" + k + "}"


print("{a} and {b}".format_map(Fmt(a=1)))
