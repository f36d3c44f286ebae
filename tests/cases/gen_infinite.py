# Infinite generators consumed lazily with hand-written islice/takewhile helpers
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out

def islice(it, start, stop, step=1):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield v

def takewhile(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v

def dropwhile(pred, it):
    it = iter(it)
    for v in it:
        if not pred(v):
            yield v
            break
    yield from it

def cycle(items):
    saved = list(items)
    while saved:
        yield from saved

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(10, naturals()))
print(take(10, primes()))
print(list(islice(fib(), 10, 20, 3)))
print(list(takewhile(lambda x: x < 100, fib())))
print(take(5, dropwhile(lambda p: p < 50, primes())))
print(take(7, cycle("abc")))
print(take(5, (n * n for n in naturals(1) if n % 3 == 0)))
evens = (n for n in naturals() if n % 2 == 0)
print(take(3, evens), take(3, evens))
print(next(p for p in primes() if p > 1000))
big_fib = next(f for f in fib() if len(str(f)) >= 30)
print(big_fib, len(str(big_fib)))
pairs = zip(naturals(1), cycle(["x", "y"]))
print(take(5, pairs))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
