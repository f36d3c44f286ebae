def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    inc.reset = reset
    return inc


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__closure__ is not None, len(c.__closure__), c.__code__.co_freevars)
funcs = [lambda x, i=i: x * i for i in range(4)]
late = [lambda x: x * i for i in range(4)]
print([f(2) for f in funcs], [f(2) for f in late])
total = 0


def add_global(n):
    global total
    total += n
    return total


print(add_global(5), add_global(7), total)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "changed"
    return middle()()


print(outer())


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), len(paths.cache))


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7))
x = 1


def shadow():
    try:
        print(x)
        x = 2
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()


class Acc:
    items = []
    n = len(items)
    sq = [i * i for i in range(3)]


print(Acc.n, Acc.sq)
gen_counter = (lambda: (yield from range(3)))
print(list(gen_counter()))
adders = {name: (lambda k: lambda v: v + k)(k) for name, k in [("one", 1), ("ten", 10)]}
print(adders["one"](5), adders["ten"](5))
