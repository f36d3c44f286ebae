# Higher-order utilities written by hand
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 2, nums))
print(my_reduce(lambda a, b: a + b, nums, 0), my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda a, b: b + a, 'hello', ''))
def curry(f):
    return lambda a: lambda b: f(a, b)
add = curry(lambda a, b: a + b)
print(add(3)(4), [add(i)(i) for i in range(4)])
def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped
def slow_sq(n):
    print('computing', n)
    return n * n
fast = memoize(slow_sq)
print(fast(4), fast(4), fast(5), fast(4))
def repeat(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g
print(repeat(lambda x: x * 2, 10)(1), repeat(lambda s: s + '!', 3)('hey'))
