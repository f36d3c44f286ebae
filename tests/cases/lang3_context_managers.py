# Context managers: __enter__/__exit__, suppression, multiple managers, exceptions in exit
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name} exc={kind} msg={exc}")
        return self.suppress

with Managed("a") as m:
    print("body", m.name)

with Managed("outer"), Managed("inner") as i:
    print("both", i.name)

with Managed("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Managed("x"), Managed("y", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with Managed("outer2", suppress=True):
    with Managed("inner2"):
        1 / 0
print("outer2 suppressed inner error")

def early():
    with Managed("ret"):
        return "returned"
print(early())

for n in range(3):
    with Managed(f"loop{n}"):
        if n == 0:
            continue
        if n == 1:
            break
print("loop done")

class ExitRaises:
    def __enter__(self):
        return "value"
    def __exit__(self, *args):
        raise RuntimeError("from exit")
try:
    with ExitRaises() as v:
        print("got", v)
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("start")
        return self.log
    def __exit__(self, et, ev, tb):
        self.log.append("stop")
        return False
t = Timer()
with t as log:
    log.append("work")
print(t.log)

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

class Tb:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("tb is traceback:", type(tb).__name__, tb.tb_lineno > 0)
        return True
with Tb():
    raise OSError("x")
