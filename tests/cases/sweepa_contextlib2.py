# contextlib helpers and context managers interacting with exceptions and generators.
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing


@contextmanager
def section(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} handled {e!r}")
    finally:
        log.append(f"close {name}")


log = []
with section("a", log) as a:
    log.append(f"inside {a}")
with section("b", log):
    raise KeyError("k")
try:
    with section("c", log):
        raise ValueError("v")
except ValueError as e:
    log.append(f"outer got {e}")
print("\n".join(log))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with ExitStack() as stack:
    for n in range(3):
        stack.callback(print, "callback", n)
    names = [stack.enter_context(section(f"s{i}", log)) for i in range(2)]
    print("names", names)
print(log[-4:])
with nullcontext(5) as v:
    print("null", v)


class Res:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True
        print("closed")


with closing(Res()) as r:
    print("using", r.closed)
print(r.closed)


class Timer:
    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None, str(exc) if exc else "")
        return exc_type is TypeError


with Timer() as t:
    None + 1
print("after TypeError, entered:", t.entered)
try:
    with Timer():
        raise IndexError("ix")
except IndexError as e:
    print("propagated", e)


def gen_with():
    with section("g", log):
        yield 1
        yield 2


g = gen_with()
print(next(g), log[-1])
g.close()
print(log[-1])
