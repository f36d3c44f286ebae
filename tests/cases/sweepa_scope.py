# Closures, global/nonlocal, late binding, default mutable args.
counter = 0


def inc():
    global counter
    counter += 1
    return counter


inc(); inc()
print(counter)


def make_counter():
    n = 0

    def step(by=1):
        nonlocal n
        n += by
        return n

    return step


s1, s2 = make_counter(), make_counter()
print(s1(), s1(), s1(10), s2())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])


def add_item(x, bucket=[]):
    bucket.append(x)
    return bucket


print(add_item(1), add_item(2), add_item(3, []), add_item(4))


def outer():
    x = "outer"

    def mid():
        def inner():
            return x
        return inner()

    x = "changed"
    return mid()


print(outer())


def cells():
    out = []
    for i in range(3):
        def f(i=i):
            def g():
                return i * 10
            return g
        out.append(f())
    return [g() for g in out]


print(cells())

x = "global x"


def shadow():
    print(x)


shadow()


def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y


unbound()


def nl():
    a = 1

    def change():
        nonlocal a
        a = 2

    change()
    return a


print(nl())


class K:
    v = 10
    lst = [v * i for i in range(3)] if False else None

    def m(self):
        return v if False else K.v


print(K().m(), K.lst)
print((lambda *a, **k: (a, k))(1, 2, z=3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v * 2)(21))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
total = 0
for i in range(5):
    total += (lambda q: q * q)(i)
print(total)
print([(lambda: n)() for n in "ab"])
