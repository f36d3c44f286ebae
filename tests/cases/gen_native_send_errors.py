# Exceptions leaving a generator through send/next/throw, StopIteration
# inside a generator, and generator state after an error.


def raiser():
    x = yield 1
    while True:
        if x == "bad":
            raise ValueError("bad value sent")
        x = yield x


g = raiser()
print(next(g), g.send("ok"))
try:
    g.send("bad")
except ValueError as e:
    print("ValueError:", e)
try:
    g.send("again")
except StopIteration:
    print("finished after error")


def stop_inside():
    yield 1
    raise StopIteration("inner")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def next_inside():
    it = iter([])
    yield next(it)


try:
    print(list(next_inside()))
except RuntimeError as e:
    print("RuntimeError:", e)

g = raiser()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


def self_ref():
    yield me.send(None)


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def reraise():
    try:
        yield 1
    except KeyError:
        raise


g = reraise()
next(g)
try:
    g.throw(KeyError, "kk")
except KeyError as e:
    print("KeyError:", e)


def return_value():
    yield 1
    return [1, 2]


g = return_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)


def handled_in_gen():
    try:
        yield 1
    except ZeroDivisionError as e:
        yield "handled " + str(e)
    yield 3


g = handled_in_gen()
print(next(g))
print(g.throw(ZeroDivisionError("div")))
print(next(g))
try:
    g.throw(ZeroDivisionError("again"))
except ZeroDivisionError as e:
    print("escaped:", e)
print(list(g))
