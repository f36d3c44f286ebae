# Class vs instance attributes, __dict__, vars() and attribute shadowing
class Counter:
    total = 0
    tags = []

    def __init__(self, name):
        self.name = name
        Counter.total += 1

    def add_tag(self, tag):
        self.tags.append(tag)

a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.total)
a.total = 100
print(Counter.total, a.total, b.total)
print(sorted(vars(a)), sorted(vars(b)))
del a.total
print(a.total)
a.add_tag("x")
b.add_tag("y")
print(Counter.tags, a.tags is b.tags)
print("name" in a.__dict__, "total" in Counter.__dict__, "add_tag" in Counter.__dict__)
a.__dict__["extra"] = 42
print(a.extra, getattr(a, "missing", "default"))
setattr(b, "dyn", [1, 2])
print(b.dyn, hasattr(b, "dyn"), hasattr(b, "nope"))
delattr(b, "dyn")
print(hasattr(b, "dyn"))
print(type(Counter.__dict__).__name__ in ("mappingproxy", "dict"))
print([k for k in Counter.__dict__ if not k.startswith("__")])
print(Counter.__name__, Counter.__qualname__, Counter.__module__)

class Outer:
    class Inner:
        def method(self):
            pass
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().make().__qualname__, Outer.make.__qualname__)
print(Outer.Inner.__name__, Outer.Inner().method.__name__)
