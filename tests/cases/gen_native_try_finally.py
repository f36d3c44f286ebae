# Generators suspended inside nested try/finally/except/with blocks:
# close(), throw() and exhaustion run the right cleanups in order.


class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, typ, val, tb):
        self.log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return False


def nested(log):
    try:
        log.append("outer try")
        with CM("a", log):
            try:
                for i in range(3):
                    try:
                        x = yield i
                        log.append("got %r" % (x,))
                    finally:
                        log.append("inner finally %d" % i)
            except ValueError as e:
                log.append("caught ValueError %s" % e)
                yield "after-catch"
            finally:
                log.append("middle finally")
    finally:
        log.append("outer finally")
    yield "end"


def run(label, actions):
    log = []
    g = nested(log)
    out = []
    for a in actions:
        try:
            if a == "next":
                out.append(next(g))
            elif a == "close":
                out.append(g.close())
            elif a == "throwV":
                out.append(g.throw(ValueError("boom")))
            elif a == "throwK":
                out.append(g.throw(KeyError("k")))
            else:
                out.append(g.send(a))
        except StopIteration as e:
            out.append("StopIteration(%r)" % (e.value,))
        except Exception as e:
            out.append("%s(%s)" % (type(e).__name__, e))
    print(label, out)
    for line in log:
        print("   ", line)


run("exhaust", ["next", "next", "x", "y", "next", "next"])
run("close-early", ["next", "close", "next"])
run("close-unstarted", ["close", "next"])
run("throw-caught", ["next", "sent", "throwV", "next", "next"])
run("throw-uncaught", ["next", "throwK", "next"])
run("close-after-catch", ["next", "throwV", "close"])
run("throw-unstarted", ["throwV", "next"])


def finally_yield():
    try:
        yield 1
    finally:
        yield "cleanup"


g = finally_yield()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def return_in_finally():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"


g = return_in_finally()
print(next(g))
try:
    g.throw(KeyError("lost"))
except StopIteration as e:
    print("StopIteration value:", e.value)


def except_star_loop():
    total = 0
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            total += yield i
        except ValueError as e:
            total += 100
            yield "err%s" % e
        else:
            total += 1000
        finally:
            total += 10000
    return total


g = except_star_loop()
res = []
try:
    v = next(g)
    while True:
        res.append(v)
        v = g.send(1) if isinstance(v, int) else next(g)
except StopIteration as e:
    res.append(e.value)
print(res)
