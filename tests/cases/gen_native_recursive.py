# Recursion through yield from: return values, send/throw/close
# delegation down a chain of generators, and tree walks.


def depth(n):
    if n == 0:
        x = yield "leaf"
        return "leaf got %r" % (x,)
    r = yield from depth(n - 1)
    y = yield "level %d saw %s" % (n, r)
    return "level %d: %r" % (n, y)


g = depth(3)
print(next(g))
v = g.send("A")
while True:
    print(v)
    try:
        v = g.send(v[:7])
    except StopIteration as e:
        print("done:", e.value)
        break


def walk(t):
    if isinstance(t, list):
        n = 0
        for s in t:
            n += yield from walk(s)
        return n
    yield t
    return 1


tree = [1, [2, [3, 4], [[5]]], [], [6, [7, [8, [9]]]]]


def count():
    n = yield from walk(tree)
    print("leaves:", n)


print(list(count()))


def catcher(level):
    try:
        if level:
            yield from catcher(level - 1)
        else:
            while True:
                try:
                    yield "ready"
                except KeyError as e:
                    yield "bottom caught %s" % e
    except ValueError as e:
        yield "level %d caught %s" % (level, e)
    finally:
        print("finally", level)


g = catcher(3)
print(next(g))
print(g.throw(KeyError("x")))
print(next(g))
print(g.throw(ValueError("v")))
g.close()
print("closed")


def gen_close_chain(level):
    try:
        if level:
            yield from gen_close_chain(level - 1)
        else:
            yield 1
    except GeneratorExit:
        print("GeneratorExit at", level)
        raise


g = gen_close_chain(2)
next(g)
g.close()


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


print(sum(1 for _ in permutations(list(range(6)))), next(permutations("abc")))


class Box:
    def __init__(self):
        self.sent = []

    def __iter__(self):
        return self

    def __next__(self):
        if len(self.sent) > 3:
            raise StopIteration
        return len(self.sent)

    def send(self, v):
        self.sent.append(v)
        if len(self.sent) > 3:
            raise StopIteration("box done")
        return v * 10


def uses_box():
    r = yield from Box()
    return r


g = uses_box()
print(next(g), g.send(1), g.send(2))
try:
    g.send(3)
    g.send(4)
except StopIteration as e:
    print("StopIteration", e.value)
