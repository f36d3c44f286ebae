# A hand-written @contextmanager (no contextlib) built on generators
class _GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True          # generator swallowed the exception
        except BaseException as e:
            if e is exc:
                return False     # re-raised the same exception
            raise
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(fn):
    def helper(*args, **kwargs):
        return _GeneratorCM(fn(*args, **kwargs))
    helper.__name__ = fn.__name__
    return helper

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print(f"  suppressed {type(e).__name__}: {e}")

@contextmanager
def translate(src, dst):
    try:
        yield
    except src as e:
        raise dst(f"translated: {e}") from e

with tag("div") as value:
    print("  value:", value)
    with tag("span"):
        print("  nested")

with suppress(KeyError, IndexError):
    {}["missing"]
print("continued after suppress")

try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError escaped:", e)

try:
    with translate(ZeroDivisionError, ArithmeticError):
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

try:
    with tag("p"):
        raise RuntimeError("inside p")
except RuntimeError as e:
    print("RuntimeError propagated through tag:", e)

@contextmanager
def counter():
    stats = {"n": 0}
    yield stats
    print("  final count", stats["n"])
with counter() as st:
    for _ in range(5):
        st["n"] += 1
