# __setattr__ and __delattr__ for validation and tracking
class Strict:
    allowed = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __setattr__(self, name, value):
        print(f"  setattr {name}={value!r}")
        if name not in self.allowed:
            raise AttributeError(f"cannot add attribute {name!r}")
        if not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print(f"  delattr {name}")
        if name == "x":
            raise AttributeError("x is required")
        super().__delattr__(name)

s = Strict(1, 2)
s.x = 10
for name, value in [("z", 1), ("y", "no")]:
    try:
        setattr(s, name, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(vars(s).items()))
try:
    del s.x
except AttributeError as e:
    print("AttributeError:", e)
del s.y
print(sorted(vars(s).items()))
try:
    del s.y
except AttributeError as e:
    print("AttributeError:", e)

class Tracked:
    def __init__(self):
        object.__setattr__(self, "history", [])
        self.a = 1
    def __setattr__(self, name, value):
        self.history.append((name, value))
        super().__setattr__(name, value)
t = Tracked()
t.a += 5
t.b = "x"
t.a = t.a * 2
print(t.history, t.a, t.b)

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"Frozen: cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"Frozen: cannot delete {name}")
    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v}" for k, v in sorted(vars(self).items())) + ")"
f = Frozen(a=1, b=2)
print(f)
for action in ("set", "del", "aug"):
    try:
        if action == "set":
            f.a = 5
        elif action == "del":
            del f.b
        else:
            f.a += 1
    except AttributeError as e:
        print(action, "AttributeError:", e)
print(f)
