# Exceptions raised inside __init__, __new__ and while building objects
class Resource:
    opened = []
    def __init__(self, name, fail=False):
        self.name = name
        Resource.opened.append(name)
        if fail:
            raise RuntimeError(f"failed to open {name}")
        self.ready = True

made = []
for name, fail in [("a", False), ("b", True), ("c", False)]:
    try:
        made.append(Resource(name, fail))
    except RuntimeError as e:
        print("error:", e)
print([r.name for r in made], Resource.opened)

class Pair:
    def __init__(self, a, b):
        self.a = int(a)
        self.b = int(b)
for args in [("1", "2"), ("3", "x"), (None, "4")]:
    try:
        p = Pair(*args)
        print("Pair", p.a, p.b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "->", e)

class Failing:
    def __new__(cls, *args):
        if args and args[0] < 0:
            raise ValueError("negative in __new__")
        return super().__new__(cls)
    def __init__(self, v):
        print("  __init__ runs for", v)
        self.v = v
for v in [1, -1]:
    try:
        Failing(v)
    except ValueError as e:
        print("ValueError:", e)

class Composite:
    def __init__(self):
        self.parts = []
        for i in range(5):
            self.parts.append(self.make_part(i))
    def make_part(self, i):
        if i == 3:
            raise IndexError(f"part {i} broken")
        return f"part{i}"
try:
    Composite()
except IndexError as e:
    print("IndexError:", e)

class Base:
    def __init__(self):
        raise NotImplementedError("Base cannot be built directly")
class Child(Base):
    def __init__(self):
        try:
            super().__init__()
        except NotImplementedError as e:
            print("  Child ignores:", e)
        self.ok = True
print(Child().ok)
try:
    Base()
except NotImplementedError as e:
    print("NotImplementedError:", e)
