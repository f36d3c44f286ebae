# __getattribute__ intercepts every attribute access
class Audited:
    def __init__(self, x):
        self.x = x
    def double(self):
        return self.x * 2
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  get {name}")
        return object.__getattribute__(self, name)

a = Audited(4)
print(a.x)
print(a.double())
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)

class Hidden:
    secret = "s3cr3t"
    visible = "ok"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("secret is hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<fallback {name}>"
h = Hidden()
print(h.visible, h.secret, h.anything)

class Upper:
    def __init__(self):
        self.name = "widget"
        self.count = 3
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value
u = Upper()
print(u.name, u.count, vars(u))

class CountAccess:
    def __init__(self):
        object.__setattr__(self, "counts", {})
        self.a = 1
        self.b = 2
    def __getattribute__(self, name):
        counts = object.__getattribute__(self, "counts")
        counts[name] = counts.get(name, 0) + 1
        return object.__getattribute__(self, name)
c = CountAccess()
total = c.a + c.a + c.b
for _ in range(3):
    c.b
print(total, sorted(object.__getattribute__(c, "counts").items()))
