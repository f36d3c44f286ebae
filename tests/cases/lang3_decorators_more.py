# Decorators: retry with arguments and exception chaining, on methods/staticmethods/properties, optional-argument decorators, total_ordering, cache
import functools
def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco
calls = {"n": 0}
@retry(times=3, exceptions=(ValueError,))
def flaky():
    calls["n"] += 1
    if calls["n"] < 3: raise ValueError(f"try {calls['n']}")
    return "ok"
print(flaky(), flaky.__name__)
@retry(2)
def always():
    raise KeyError("k")
try: always()
except RuntimeError as e: print(e, repr(e.__cause__))
def timer_like(fn):
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
class Svc:
    @timer_like
    def run(self, x): return x * 2
    @staticmethod
    @timer_like
    def util(x): return -x
    @classmethod
    def build(cls): return cls()
    @property
    @functools.lru_cache(maxsize=None)
    def expensive(self):
        print("  computing expensive")
        return 99
s = Svc()
print(s.run(2), s.run(3), Svc.run.calls, Svc.util(5), type(Svc.build()).__name__)
print(s.expensive, s.expensive)
def deco_with_optional_args(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: deco_with_optional_args(f, prefix=prefix)
    @functools.wraps(fn)
    def w(*a): return prefix + fn(*a)
    return w
@deco_with_optional_args
def a(): return "a"
@deco_with_optional_args(prefix="#")
def b(): return "b"
print(a(), b(), a.__name__, b.__wrapped__())
@functools.total_ordering
class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(1))
order = []
def d1(f):
    order.append("d1 applied")
    return f
def d2(f):
    order.append("d2 applied")
    return f
@d1
@d2
def z(): pass
print(order)
@functools.cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80))
p = functools.partial(int, base=2)
print(p("101"), functools.partial(max, 3)(1, 2))
