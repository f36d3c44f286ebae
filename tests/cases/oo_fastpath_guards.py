# Inline method caches, inline attribute-adding stores and the one-probe
# instance creation path, together with every way they must miss.


class Base:
    def __init__(self, x):
        self.x = x

    def who(self):
        return "Base.who " + str(self.x)

    def val(self):
        return self.x


class A(Base):
    def who(self):
        return "A.who " + str(self.x)


class B(Base):
    def __init__(self, x):
        super().__init__(x)
        self.y = x * 2


class C(Base):
    pass


class D(B):
    def who(self):
        return "D.who " + str(self.y)


def call_who(objs):
    # One site, several classes: polymorphic method cache.
    return [o.who() for o in objs]


objs = [Base(1), A(2), B(3), C(4), D(5)]
for _ in range(3):
    print(call_who(objs))

# Monkey-patching the class invalidates cached methods.
def new_who(self):
    return "patched " + str(self.x)


Base.who = new_who
print(call_who(objs))
del Base.who
try:
    call_who(objs)
except AttributeError as e:
    print("AttributeError:", e)
Base.who = new_who

# An instance attribute shadows the method for that instance only.
a = A(7)
print(call_who([a, A(8)]))
a.who = lambda: "instance lambda"
print(call_who([a, A(8), a]))
del a.who
print(call_who([a]))

# Shadowing through __dict__.
c = C(9)
c.__dict__["who"] = lambda: "dict lambda"
print(call_who([c, C(10)]))


# __getattr__ and __getattribute__.
class G(Base):
    def __getattr__(self, name):
        return lambda: "getattr " + name


class GA(Base):
    def __getattribute__(self, name):
        if name == "who":
            return lambda: "getattribute who"
        return object.__getattribute__(self, name)


print(call_who([G(1), GA(2), G(3)]))
print(G(1).missing())


# A descriptor on the class for a method name.
class Desc:
    def __get__(self, obj, cls):
        return lambda: "descriptor " + cls.__name__

    def __set__(self, obj, v):
        print("set through descriptor", v)


class WithDesc(Base):
    who = Desc()


w = WithDesc(3)
print(call_who([w, A(1), w]))
w.who = 5


# Builtin methods on builtin types through the same sites.
def appends(xs):
    for i in range(3):
        xs.append(i)
    return xs


print(appends([]))


class MyList(list):
    def append(self, v):
        list.append(self, v * 10)


print(appends(MyList()))
print(appends([9]))
try:
    list.append(MyList(), 1)
    list.append((1,), 2)
except TypeError as e:
    print("TypeError:", e)


# Attribute-adding stores: growing past the reserved room, different
# insertion orders, __setattr__, slots, properties, dict mode.
class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a" + str(i), i)
        self.last = n


class Q:
    def __init__(self, a, b, flip):
        if flip:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b


for n in (1, 3, 14, 2, 20):
    p = P(n)
    print(n, p.last, list(vars(p))[-3:])
for flip in (False, True, False, True):
    q = Q(1, 2, flip)
    print(list(vars(q)), q.a, q.b)


class Grow:
    def __init__(self):
        self.a = 1

    def more(self):
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5


for _ in range(3):
    g = Grow()
    g.more()
    print(vars(g))


class Logged:
    def __setattr__(self, name, v):
        print("setattr", name, v)
        object.__setattr__(self, name, v)

    def __init__(self, v):
        self.v = v


print(Logged(4).v)


class Prop:
    def __init__(self, v):
        self.v = v

    def set_it(self, v):
        self.v = v


for i in range(3):
    pr = Prop(i)
print(pr.v)
Prop.v = property(lambda self: "prop", lambda self, v: print("prop set", v))
pr2 = Prop(10)
print(pr2.v)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = Slotted(1, 2)
print(s.x, s.y)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)


# Instance creation: __new__ overrides, __init__ rebinding, bad returns,
# keyword arguments, too many arguments, subclasses of builtins.
class N:
    def __new__(cls, *args):
        print("N.__new__", args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(N(1).a)


class Other:
    pass


class Foreign:
    def __new__(cls, a):
        return Other()

    def __init__(self, a):
        print("never called")


print(type(Foreign(1)).__name__)


class R:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


for _ in range(2):
    r = R(1)
    print(r.a, r.b)
print(R(1, b=5).b)
try:
    R()
except TypeError as e:
    print("TypeError:", e)
try:
    R(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def init2(self, a, b=2):
    self.a = a * 100
    self.b = b


R.__init__ = init2
print(R(1).a)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(type(NoInit()).__name__)


class L(list):
    def __init__(self, xs, tag):
        super().__init__(xs)
        self.tag = tag


l = L([1, 2], "t")
print(l, l.tag)


class Many:
    def __init__(self, a, b, c, d, e, f, g, h, i, j):
        self.s = a + b + c + d + e + f + g + h + i + j


print(Many(*range(10)).s)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(WithMeta(3).v)

# __class__ assignment keeps cached stores exact.
class X1:
    def __init__(self):
        self.p = 1


class X2:
    def __init__(self):
        self.p = 2


x = X1()
x.__class__ = X2
x.q = 3
print(type(x).__name__, vars(x))
