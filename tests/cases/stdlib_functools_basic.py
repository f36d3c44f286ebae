from functools import partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, reduce

def f(a, b, c=3, d=4):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, d=9))
q = partial(p, 5, c=7)
print(q(), q(d=0), q.args, q.keywords, q.func is f)
print(reduce(lambda x, y: x + y, [1, 2, 3], 10))

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) * 2
    return inner

@deco
def double_me(x):
    """Doc of double_me."""
    return x + 1

print(double_me(3), double_me.__name__, double_me.__doc__, double_me.__wrapped__(3))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    return x * x

for v in [1, 2, 1, 3, 1, 2, 2]:
    print(sq(v), end=" ")
print()
ci = sq.cache_info()
print(ci, ci.hits, ci.misses, ci.maxsize, ci.currsize)

@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=2), kw(1, b=2), kw.cache_info())

@cache
def c2(x):
    return x * 3
print(c2(2), c2(2), c2.cache_info())

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1))

def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(y) - len(x))))
