# __class__ assignment, polymorphic sites, subclasses of builtins with
# attributes, copies and dataclasses over shape-mode instances.
import copy
from dataclasses import dataclass
from types import SimpleNamespace


class A:
    def __init__(self):
        self.x = 1
        self.y = 2

    def who(self):
        return "A"


class B:
    def __init__(self):
        self.y = 20
        self.x = 10

    def who(self):
        return "B"


def xy(o):
    return o.x, o.y, o.who()


a, b = A(), B()
print(xy(a), xy(b))
a.__class__ = B
print(xy(a), vars(a), type(a).__name__)
a.z = 3
print(vars(a))
a.__class__ = A
print(xy(a), vars(a))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)

# Polymorphic sites over three shapes and two classes.
items = [A(), B(), A(), B()]
items[2].extra = 1
for _ in range(3):
    print([xy(o) for o in items])
for o in items:
    o.x += 100
print([xy(o) for o in items])


class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"


l = L([1, 2])
l.more = 5
print(l, l.tag, l.more, vars(l), len(l))


class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt


n = Node(1, Node(2))
c = copy.copy(n)
d = copy.deepcopy(n)
print(vars(c)["v"], c.nxt is n.nxt, d.nxt is n.nxt, d.nxt.v, list(vars(d)))
n.extra = "e"
print(list(vars(copy.copy(n))))


@dataclass
class P:
    x: int
    y: int = 0


@dataclass(frozen=True)
class F:
    a: int
    b: str = "b"


p = P(1)
p.y += 5
print(p, p == P(1, 5), vars(p))
f = F(3)
print(f, hash(f) == hash(F(3)))
try:
    f.a = 4
except Exception as e:
    print(type(e).__name__, e)

ns = SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns, ns == SimpleNamespace(a=1, b=2, c=3), vars(ns))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.a, hasattr(s, "b"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithDict(Slotted):
    def __init__(self):
        super().__init__()
        self.c = 3


w = WithDict()
w.b = 2
print(w.a, w.b, w.c, vars(w))

# object.__setattr__ and friends.
o = A()
object.__setattr__(o, "q", 9)
print(o.q, o.__getattribute__("x"), vars(o))
object.__delattr__(o, "x")
print(vars(o))
