# Class body scoping, class attributes vs instance attributes, nested classes, __slots__ inheritance.
x = "global"


class Scope:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]
    pairs = [(a, b) for a in range(2) for b in "ab"]

    def method(self):
        return x

    class Inner:
        z = 1

        def get(self):
            return Scope.x + str(self.z)


print(Scope.y, Scope.items, Scope.pairs[:3], Scope().method(), Scope.Inner().get(), Scope.Inner.__qualname__)


class Shared:
    tags = []
    count = 0

    def add(self, t):
        self.tags.append(t)
        self.count += 1


s1, s2 = Shared(), Shared()
s1.add("a")
s2.add("b")
print(Shared.tags, s1.count, s2.count, Shared.count, "count" in vars(s1), vars(Shared).get("count"))


class SlotBase:
    __slots__ = ("a",)


class SlotChild(SlotBase):
    __slots__ = ("b",)


class DictChild(SlotBase):
    pass


sc = SlotChild()
sc.a, sc.b = 1, 2
dc = DictChild()
dc.a = 1
dc.other = 5
print(sc.a, sc.b, hasattr(sc, "__dict__"), dc.__dict__, SlotChild.__slots__)
try:
    sc.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    SlotBase().a
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    instances = 0

    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, name):
        self.name = name


class Sub(Counter):
    pass


Counter("a"), Counter("b"), Sub("c")
print(Counter.instances, Sub.instances)


def make_class(n):
    class Dyn:
        size = n

        def __repr__(self):
            return f"Dyn(size={self.size})"
    return Dyn


A, B = make_class(1), make_class(2)
print(A(), B(), A is B, A.__name__ == B.__name__, A.__qualname__)
setattr(A, "extra", lambda self: "extra!")
print(A().extra(), hasattr(B, "extra"), getattr(A(), "size"), delattr(A, "extra"), hasattr(A, "extra"))


class Chain:
    def __init__(self):
        self.ops = []

    def __getattr__(self, name):
        def rec(*args):
            self.ops.append((name, args))
            return self
        return rec


c = Chain().select("a").where(x=1) if False else Chain().select("a").limit(5)
print(c.ops)


class Base:
    def __init__(self):
        self.setup()

    def setup(self):
        self.kind = "base"


class Child(Base):
    def setup(self):
        super().setup()
        self.kind += "+child"


print(Child().kind, Base().kind)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pt = Point(1, 2)
pt.__dict__["z"] = 3
print(pt.z, sorted(pt.__dict__), getattr(pt, "x"), vars(pt) is pt.__dict__)
