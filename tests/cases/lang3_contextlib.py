# contextlib: contextmanager (as decorator too), suppress, nullcontext, redirect_stdout, ExitStack, closing
from contextlib import contextmanager, suppress, nullcontext, redirect_stdout, ExitStack, closing
import contextlib
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("outer"), tag("inner"):
    print("nested")
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["x"]
print("after swallow")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with nullcontext(5) as v:
    print(v)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
with redirect_stdout(w):
    print("captured", 1)
print(w.parts)
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xy"]
    stack.callback(print, "callback ran")
    print(names)
class Res:
    def close(self): print("closed")
with closing(Res()):
    print("using")
@tag("deco")
def decorated():
    print("in decorated")
decorated()
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
