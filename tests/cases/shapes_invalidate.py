# Class attribute changes must be seen by instances, subclasses and
# method calls (per-class version tags and shape retirement).


class Base:
    kind = "base"

    def __init__(self):
        self.v = 1

    def f(self):
        return "Base.f"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.w = 2


class Other:
    kind = "other"

    def f(self):
        return "Other.f"


objs = [Base(), Mid(), Leaf(), Other()]


def show():
    print([o.f() for o in objs], [o.kind for o in objs])


show()
Base.f = lambda self: "new Base.f"
show()
Mid.f = lambda self: "Mid.f"
show()
del Mid.f
show()
Base.kind = "changed"
show()
Leaf.kind = "leaf"
show()

# Class counter in a loop does not break instance caches.
class Counter:
    count = 0

    def __init__(self, x):
        self.x = x
        Counter.count += 1

    def get(self):
        return self.x


total = 0
for i in range(1000):
    c = Counter(i)
    total += c.get() + c.x
    Counter.count += 1
print(total, Counter.count)

# A data descriptor added later on the base wins over the instance value.
l = Leaf()
print(l.v, l.w)
Base.v = property(lambda self: "prop v")
print(l.v, l.w, vars(l))
try:
    l.v = 5
except AttributeError as e:
    print("AttributeError:", e)
del Base.v
print(l.v)
l.v = 7
print(l.v, vars(l))

# A method shadowed by an instance attribute.
o = Other()


def call_f(o):
    return o.f()


print(call_f(o))
o.f = lambda: "instance f"
print(call_f(o))
del o.f
print(call_f(o))


# __getattr__ / __setattr__ / __getattribute__ added after instances exist.
class H:
    def __init__(self):
        self.a = 1


h = H()


def geta(o):
    return o.a


def seta(o, v):
    o.a = v


print(geta(h))
seta(h, 2)
print(geta(h))
H.__getattr__ = lambda self, n: "missing " + n
print(h.zzz, geta(h))
H.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
seta(h, 3)
print(geta(h))
H.__getattribute__ = lambda self, n: "always " + n
print(geta(h))
del H.__getattribute__
del H.__setattr__
seta(h, 4)
print(geta(h))


# A descriptor class gaining __set__ through its own class.
class D:
    def __get__(self, obj, owner):
        return "D.get"


class UsesD:
    x = D()


u = UsesD()
u.__dict__["x"] = "inst"
print(u.x)
D.__set__ = lambda self, obj, v: None
print(u.x)


# Diamond inheritance: a change to the top reaches every class once.
class Top:
    val = 1

    def __init__(self):
        self.own = "own"


class Left(Top):
    pass


class Right(Top):
    pass


class Bottom(Left, Right):
    pass


bs = [Top(), Left(), Right(), Bottom()]
print([b.val for b in bs], [b.own for b in bs])
Top.val = 2
Right.val = 3
print([b.val for b in bs])
Top.own = property(lambda self: "prop")
print([b.own for b in bs])
del Top.own
print([b.own for b in bs], vars(bs[3]))
