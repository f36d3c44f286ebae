import contextlib
import io
import sys


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}: {et.__name__ if et else None} {ev!r}")
        return et is KeyError


with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    raise KeyError("swallowed")
try:
    with Timer("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled zero")
    finally:
        print(f"</{name}>")


with tag("div") as T, tag("span"):
    print("body", T)
with tag("p"):
    1 / 0
with contextlib.suppress(IndexError, KeyError):
    [][1]
print("after suppress")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("second", end="!")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")


class Resource:
    def close(self):
        print("closed resource")


with contextlib.closing(Resource()):
    print("using")
with contextlib.nullcontext(42) as v:
    print(v)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.getvalue().strip())


@contextlib.contextmanager
def failing():
    yield
    print("not reached after exception")


try:
    with failing():
        raise RuntimeError("inner")
except RuntimeError as e:
    print("outer caught", e)
