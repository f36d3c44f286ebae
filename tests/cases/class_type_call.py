# Creating classes dynamically with type(name, bases, namespace)
def init(self, x):
    self.x = x

def show(self):
    return f"{type(self).__name__}(x={self.x})"

Base = type("Base", (), {"__init__": init, "show": show, "kind": "base"})
b = Base(5)
print(b.show(), Base.kind, Base.__name__, [c.__name__ for c in Base.__mro__])

Child = type("Child", (Base,), {"kind": "child", "double": lambda self: self.x * 2})
c = Child(21)
print(c.show(), c.double(), Child.kind, isinstance(c, Base))
print([k.__name__ for k in Child.__bases__], [k.__name__ for k in Child.__mro__])

class Regular(Child):
    def show(self):
        return "regular " + super().show()
print(Regular(1).show())

# type with one argument returns the class
print(type(c) is Child, type(Child) is type, type(type) is type)

# making many classes in a loop
classes = []
for i, name in enumerate(["Red", "Green", "Blue"]):
    classes.append(type(name, (Base,), {"index": i, "__repr__": lambda self: f"<{type(self).__name__} {self.x}>"}))
objs = [cls(10 * (cls.index + 1)) for cls in classes]
print(objs, [o.index for o in objs])
print([type(o).__name__ for o in objs])

# class statement is equivalent
class Manual(Base):
    kind = "manual"
auto = type("Manual", (Base,), {"kind": "manual"})
print(Manual.kind == auto.kind, Manual is auto, Manual.__name__ == auto.__name__)

try:
    type("Bad", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
