# A bounded LRU-cache decorator implemented with a dict (no functools)
def lru_cache(maxsize):
    def decorator(fn):
        cache = {}
        stats = {"hits": 0, "misses": 0, "evictions": 0}
        def wrapper(*args):
            if args in cache:
                stats["hits"] += 1
                value = cache.pop(args)
                cache[args] = value          # move to most-recent position
                return value
            stats["misses"] += 1
            value = fn(*args)
            cache[args] = value
            if len(cache) > maxsize:
                oldest = next(iter(cache))
                del cache[oldest]
                stats["evictions"] += 1
            return value
        def info():
            return dict(stats, size=len(cache), keys=list(cache))
        def clear():
            cache.clear()
            for k in stats:
                stats[k] = 0
        wrapper.info = info
        wrapper.clear = clear
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator

@lru_cache(maxsize=3)
def square(n):
    print(f"  computing square({n})")
    return n * n

for n in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    print(n, "->", square(n))
print(square.info())
square.clear()
print(square.info())

@lru_cache(maxsize=100)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best))
info = collatz_len.info()
print(info["hits"] > 0, info["size"], info["evictions"] > 0)

@lru_cache(maxsize=2)
def concat(a, b="-"):
    return f"{a}{b}"
print(concat("x"), concat("x", "-"), concat("x"), concat.info()["hits"], concat.info()["keys"])
