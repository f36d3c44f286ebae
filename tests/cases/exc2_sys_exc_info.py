# sys.exc_info() and sys.exception() inside and outside handlers
import sys

def show(label):
    t, v, tb = sys.exc_info()
    name = t.__name__ if t else None
    print(f"{label}: type={name} value={v!r} tb={'set' if tb else None}")

show("before")
try:
    raise ValueError("first")
except ValueError:
    show("in handler")
    try:
        raise KeyError("nested")
    except KeyError:
        show("in nested handler")
    show("back in outer handler")
show("after")

def helper():
    show("  called from handler")
try:
    1 / 0
except ZeroDivisionError:
    helper()

try:
    try:
        raise TypeError("inner")
    finally:
        show("in finally while propagating")
except TypeError:
    pass

def gen():
    try:
        yield 1
    except GeneratorExit:
        show("  generator closing")
        raise
g = gen()
next(g)
g.close()
print("sys.exception() outside handler:", sys.exception())
try:
    raise RuntimeError("current")
except RuntimeError:
    e = sys.exc_info()[1]
    print("sys.exception() is exc_info()[1]:", sys.exception() is e)
    print("exc_info value is the caught exception:", type(e).__name__, e)
