# Higher-order functions built from closures (no functools)
def my_reduce(fn, items, initial):
    acc = initial
    for it in items:
        acc = fn(acc, it)
    return acc

def my_partial(fn, *bound, **kwbound):
    def call(*args, **kwargs):
        merged = dict(kwbound)
        merged.update(kwargs)
        return fn(*bound, *args, **merged)
    call.__name__ = f"partial({fn.__name__})"
    return call

def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = my_partial(power, exp=2)
two_to = my_partial(power, 2)
mod_pow = my_partial(power, mod=1000)
print(square(12), two_to(10), mod_pow(7, 20), square.__name__)
print(my_reduce(lambda a, b: a + b, range(101), 0))
print(my_reduce(lambda a, b: a * b, range(1, 11), 1))
print(my_reduce(lambda acc, w: acc + [w.upper()] if len(w) > 2 else acc, "a big red fox is here".split(), []))

def pipeline(*steps):
    def run(data):
        for step in steps:
            data = step(data)
        return data
    return run

def filter_by(pred):
    return lambda xs: [x for x in xs if pred(x)]
def map_with(fn):
    return lambda xs: [fn(x) for x in xs]
def take(n):
    return lambda xs: xs[:n]

process = pipeline(filter_by(lambda x: x % 3 == 0), map_with(lambda x: x * x), take(4))
print(process(range(1, 40)))
print(pipeline(map_with(str), lambda xs: "-".join(xs))(range(5)))

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), len(binom.cache))
print([binom(6, k) for k in range(7)])

def counter_calls(fn):
    calls = 0
    def wrapper(*a):
        nonlocal calls
        calls += 1
        return fn(*a)
    def get_calls():
        return calls
    wrapper.get_calls = get_calls
    return wrapper
slow_sq = counter_calls(lambda v: v * v)
print(sum(slow_sq(i) for i in range(10)), slow_sq.get_calls())

def apply_n(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g
print(apply_n(lambda v: v * 2, 10)(1), apply_n(lambda s: s + "!", 3)("hi"), apply_n(abs, 0)(-4))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
