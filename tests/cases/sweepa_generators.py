# Generators: send, throw, close, yield from, return values.
def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return "final %d" % total


g = counter()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
        except GeneratorExit:
            print("closing")
            return


c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
c.close()
print(c.gi_frame is None)
try:
    next(c)
except StopIteration:
    print("exhausted")


def inner():
    r = yield 1
    print("inner got", r)
    yield 2
    return "inner done"


def outer():
    v = yield from inner()
    print("outer got", v)
    yield 3


o = outer()
print(next(o), o.send("hi"), next(o))
print(list(outer()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 15)))
gen = (x * x for x in range(5) if x % 2)
print(gen.__next__(), list(gen), list(gen))


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)

g2 = counter()
try:
    g2.throw(KeyError("early"))
except KeyError as e:
    print("early throw", repr(e))
print(list(zip(range(3), fib())))


def closer():
    try:
        yield 1
    finally:
        print("cleanup")


cl = closer()
next(cl)
cl.close()
cl.close()
print(type(cl).__name__, cl.__name__)
