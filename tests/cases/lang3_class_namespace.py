# Class body scoping: comprehensions can't see class vars, methods referencing class names, class attributes referencing each other
class Config:
    base = 10
    doubled = base * 2
    items = [1, 2, 3]
    total = sum(items)
    names = [str(i) for i in items]
    try:
        scaled = [i * base for i in items]
    except NameError as e:
        scaled = f"NameError: {e}"
    first = items[0] if items else None
    def method(self):
        return Config.base + self.base
print(Config.doubled, Config.total, Config.names, Config.scaled, Config.first, Config().method())

x = "global x"
class Scope:
    x = "class x"
    def get(self):
        return x
    y = x
    z = [x for _ in range(1)]
print(Scope().get(), Scope.y, Scope.z)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count
a, b = Counter(), Counter()
print(a.count, b.count, Counter.count)

class WithDoc:
    """Docstring here."""
    value = 1
print(WithDoc.__doc__, WithDoc().__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__)

class Dynamic:
    pass
Dynamic.added = lambda self: "added method"
Dynamic.attr = 5
print(Dynamic().added(), Dynamic.attr, "added" in Dynamic.__dict__)
del Dynamic.attr
print(hasattr(Dynamic, "attr"))

class Conditional:
    import math
    pi = math.pi
    for i in range(3):
        locals()[f"v{i}"] = i
print(round(Conditional.pi, 4), hasattr(Conditional, "math"))

def factory(n):
    class Made:
        size = n
        def get(self):
            return self.size * n
    Made.__name__ = f"Made{n}"
    return Made
M3 = factory(3)
print(M3.__name__, M3().get(), M3.__qualname__)

class Meta:
    attrs = {}
    attrs["a"] = 1
    attrs.update(b=2)
    del attrs["a"]
print(Meta.attrs)
