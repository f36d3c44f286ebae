# Class bodies with control flow, name resolution (namespace, then
# globals, then builtins), del, nested classes, and errors in the body.

x = "global x"
len = len


class A:
    print("body of A, x is", x)
    x = "class x"
    print("now x is", x)
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    try:
        print(i)
    except NameError as e:
        print("NameError:", e)
    if len(items) > 2:
        big = True
    else:
        big = False
    squares = [v for v in items]
    total = sum(items)

    class Inner:
        y = x

    def method(self):
        return x


print(A.x, A.items, A.big, A.squares, A.total, A.Inner.y, A().method())
print(sorted(k for k in A.__dict__ if not k.startswith("__")))


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["kw"] = sorted(kw.items())
        return super().__new__(mcs, name, bases, ns)


class B(A, metaclass=Meta, flag=1, other="o"):
    z = [n for n in range(2)]


print(B.kw, B.z, B.x, type(B).__name__)

try:

    class C:
        a = 1
        del b
except NameError as e:
    print("NameError:", e)

try:

    class D:
        raise ValueError("in body")
except ValueError as e:
    print("ValueError:", e)


def factory(n):
    class Local:
        val = n
        doubled = [n * 2 for _ in range(2)]

        def get(self):
            return self.val

    return Local


L = factory(5)
print(L.val, L.doubled, L().get(), L.__qualname__)


class E:
    """Doc of E."""

    a = b = 3
    a += 1
    c, d = "cd"


print(E.__doc__, E.a, E.b, E.c, E.d)
