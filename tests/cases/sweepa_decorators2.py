# functools and operator helpers, decorators on methods, callable-object decorators, descriptors.
import functools, operator
class Temperature:
    def __init__(self, c): self.c = c
    def __repr__(self): return f"{self.c}°C"
    def __lt__(self, o): return self.c < o.c
    def __eq__(self, o): return self.c == o.c
ts = [Temperature(v) for v in (30, 10, 20, 10)]
print(sorted(ts), min(ts), max(ts), ts.index(Temperature(20)), ts.count(Temperature(10)), Temperature(10) in ts)
print(sorted(ts, key=functools.cmp_to_key(lambda a, b: b.c - a.c)))
print(sorted([("a", 3), ("b", 1)], key=operator.itemgetter(1)), list(map(operator.attrgetter("c"), ts)))
print(functools.reduce(operator.add, [[1], [2], [3]]), operator.mul(3, 4), operator.neg(5), operator.not_(0))
mc = operator.methodcaller("upper")
print(mc("abc"), operator.getitem([1, 2], 1), operator.contains([1], 1), operator.truth([]))
@functools.total_ordering
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __eq__(self, o): return self.n == o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
class Cached:
    @functools.cached_property
    def heavy(self):
        print("computing")
        return 99
c = Cached(); print(c.heavy, c.heavy)
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"), show(True))
p = functools.partial(int, base=2)
print(p("101"), p.func.__name__ if hasattr(p.func, "__name__") else "", p.keywords)
def deco_with_args(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            return prefix + str(fn(*a, **kw))
        return wrapper
    return deco
class Svc:
    @deco_with_args(">> ")
    def run(self, x): return x * 2
    @property
    @deco_with_args("prop:")
    def p(self): return 1
    @staticmethod
    @deco_with_args("s:")
    def st(): return 0
print(Svc().run(4), Svc().p, Svc.st(), Svc.run.__name__, Svc.run.__qualname__)
def counter_deco(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counter_deco
def hello(): return "hi"
hello(); hello()
print(hello.calls)
class Deco:
    def __init__(self, fn): self.fn = fn; self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@Deco
def sq(x): return x * x
print(sq(3), sq(4), sq.n)
class MethodDeco:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, typ):
        return functools.partial(self.fn, obj)
class UseIt:
    @MethodDeco
    def m(self, x): return (type(self).__name__, x)
print(UseIt().m(5))
