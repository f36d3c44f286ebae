globals()["dyn"] = 42
print(dyn)
import sys
mod = sys.modules[__name__]
setattr(mod, "dyn2", "hello")
print(dyn2, __name__)
def f(): pass
f.__dict__["attr"] = 1
print(f.attr, f.__name__, f.__module__, f.__defaults__, f.__kwdefaults__)
print("{name}-{n}".format_map({"name": "x", "n": 1}))
class Cls:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__}]"
print(Cls[int])

import math as m, collections.abc as cabc
print(m.ulp(1.0), isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(list, cabc.Iterable))
x = 5
del x
try:
    x
except NameError as e:
    print(e)
with open("/tmp/_sweep_test.txt", "w") as fh:
    fh.write("line one\nline two\n")
    print("third", file=fh)
with open("/tmp/_sweep_test.txt") as fh:
    for i, line in enumerate(fh, 1):
        print(i, line.rstrip())
with open("/tmp/_sweep_test.txt") as fh:
    print(fh.read().split("\n"), fh.closed)
print(fh.closed)
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print(e, e.errno)
class A:
    x = 1
    def m(self): return self.x
a = A()
a.__dict__["x"] = 2
print(a.m(), A.__dict__["x"], type(a).__dict__.get("m").__name__)
print(sys.stdin.isatty() in (True, False), list(sys.stdin), sys.stdin.read())
import builtins
print(builtins.len("ab"), builtins.max is max)
print(round(2.5), round(0.125, 2), round(0.375, 2), format(2.5, ".0f"), "%.0f" % 0.5)
print(sys.getsizeof(1) > 0 if hasattr(sys, "getsizeof") else True)
print(type(lambda: 0).__name__, (lambda: 0).__name__, type(print).__name__, type(A.m).__name__, type(a.m).__name__)
print(int.__name__, A.__module__, A.__qualname__, repr(A).startswith("<class '__main__.A'>"), str(int), repr(type(None)))
