# Exceptions inside with-blocks: what __exit__ receives, suppression, re-raising
class Watch:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"exit {self.name}: clean")
        else:
            print(f"exit {self.name}: {exc_type.__name__}({exc}) tb={'yes' if tb else 'no'} "
                  f"isinstance={isinstance(exc, exc_type)} suppress={self.suppress}")
        return self.suppress

try:
    with Watch("A"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

with Watch("B", suppress=True):
    raise KeyError("hidden")
print("after suppressed block")

def f():
    with Watch("C", suppress=True):
        1 / 0
        print("not reached")
    return "function continues after suppression"
print(f())

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "non-empty string is truthy"
with Truthy():
    raise RuntimeError("suppressed by truthy return")
print("truthy return suppressed it")

class Picky:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, LookupError)
for exc in [KeyError("k"), IndexError("i"), TypeError("t")]:
    try:
        with Picky():
            raise exc
        print(type(exc).__name__, "suppressed")
    except Exception as e:
        print(type(e).__name__, "escaped")

class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit is NOT called when enter fails")
try:
    with EnterFails():
        print("body not run")
except OSError as e:
    print("OSError:", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit failed while handling {exc_type.__name__ if exc_type else None}")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
