# Metaclasses enforcing rules at class-creation time
class InterfaceMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        required = set()
        for base in cls.__mro__[1:]:
            required |= set(getattr(base, "__required__", ()))
        missing = sorted(r for r in required if not callable(getattr(cls, r, None)))
        if missing and not ns.get("abstract", False):
            raise TypeError(f"class {name} must define: {', '.join(missing)}")
        return cls

class Storage(metaclass=InterfaceMeta):
    abstract = True
    __required__ = ("load", "save")

class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}
    def load(self, k):
        return self.data.get(k)
    def save(self, k, v):
        self.data[k] = v

m = MemoryStorage()
m.save("a", 1)
print(m.load("a"), m.load("b"))
for attempt in ("NoSave", "NotCallable", "Complete"):
    try:
        if attempt == "NoSave":
            class NoSave(Storage):
                def load(self, k):
                    return None
        elif attempt == "NotCallable":
            class NotCallable(Storage):
                load = save = 42
        else:
            class Complete(MemoryStorage):
                pass
        print(attempt, "created")
    except TypeError as e:
        print(attempt, "TypeError:", e)

class NoUnderscoreMeta(type):
    def __new__(mcls, name, bases, ns):
        bad = [k for k in ns if k.startswith("_") and not k.startswith("__")]
        if bad:
            raise ValueError(f"{name}: private names not allowed: {bad}")
        return super().__new__(mcls, name, bases, ns)
class Public(metaclass=NoUnderscoreMeta):
    x = 1
try:
    class Private(metaclass=NoUnderscoreMeta):
        _y = 2
        _z = 3
except ValueError as e:
    print("ValueError:", e)
print(Public.x)

class FinalMeta(type):
    def __new__(mcls, name, bases, ns):
        for b in bases:
            if getattr(b, "_final", False):
                raise TypeError(f"cannot subclass final class {b.__name__}")
        return super().__new__(mcls, name, bases, ns)
class Locked(metaclass=FinalMeta):
    _final = True
try:
    class Sub(Locked):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(Locked).__name__)
