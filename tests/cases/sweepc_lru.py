from collections import OrderedDict
from functools import lru_cache, wraps


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"  evict {old!r}")

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


c = LRUCache(3)
for k in "abcadeb":
    if c.get(k) is None:
        c.put(k, k.upper() * 2)
print(c, c.hits, c.misses)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    square(x)
print(square.cache_info())


def counted(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper


@counted
def add(a, b=0):
    """Add two numbers."""
    return a + b


print(add(1, 2), add(3, b=4), add.calls, add.__name__, add.__doc__)
print(square.__wrapped__(7))
