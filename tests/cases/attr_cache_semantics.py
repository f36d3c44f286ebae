# Attribute and global loads at one site seeing changing situations: the
# results must follow Python's rules every time (inline caches must never
# return stale values).
class A:
    def __init__(self, x):
        self.x = x
        self.y = x * 2


class B(A):
    def __init__(self, x):
        self.y = -x
        self.x = x + 100


class C(A):
    pass


def get_x(o):
    return o.x


def get_y(o):
    return o.y


objs = [A(1), B(2), C(3), A(4), B(5)]
print([get_x(o) for o in objs], [get_y(o) for o in objs])

# Rebinding an attribute, deleting it, and falling back to the class.
a = A(7)
print(get_x(a))
a.x = 70
print(get_x(a))
del a.x
A.x = "class-level"
print(get_x(a))
del A.x
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = 8
print(get_x(a))

# A property added to the class later takes precedence over the instance dict.
print(get_y(a))
A.y = property(lambda self: "property y")
print(get_y(a), get_y(a))
del A.y
print(get_y(a))

# __getattribute__ defined later intercepts every load.
def ga(self, name):
    return "intercepted " + name
A.__getattribute__ = ga
print(get_x(a), get_y(B(1)))
del A.__getattribute__
print(get_x(a))

# Changing __class__ of an instance.
class D:
    x = "D.x"
b = B(9)
print(get_x(b))
b.__class__ = D
print(get_x(b))

# Many classes through one site.
classes = [type("K%d" % i, (), {"__init__": lambda self, i=i: setattr(self, "x", i)}) for i in range(6)]
print([get_x(k()) for k in classes * 2])

# Globals: rebinding, deleting, shadowing a builtin, and restoring it.
def use_len(s):
    return len(s)

print(use_len("abc"))
len = lambda s: "shadowed"
print(use_len("abc"))
del len
print(use_len("abcd"))
G = 1
def read_g():
    return G
print(read_g())
G = 2
print(read_g())
del G
try:
    read_g()
except NameError as e:
    print("NameError:", e)
globals()["G"] = 3
print(read_g())

# Direct calls: rebinding a function, changing its defaults, calling with
# other arities, and replacing it with a non-function callable.
def f(a, b):
    return a + b
def call_f():
    return f(1, 2)
print(call_f())
def f(a, b, c=10):
    return a + b + c
print(call_f())
f = lambda *args: ("varargs", args)
print(call_f())
class Callable:
    def __call__(self, a, b):
        return "callable", a, b
f = Callable()
print(call_f())
def gen(a, b):
    yield a
    yield b
f = gen
print(list(call_f()))
