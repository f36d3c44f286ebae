# Iterator protocol, context managers, class decorators, functools.wraps.
import functools


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(2)), sorted(Countdown(3)))
c = Countdown(2)
for x in c:
    print("x", x)
print(list(c))


class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


print(list(Tree(1, Tree(2, Tree(3)), Tree(4))))


class Managed:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


with Managed("a") as m, Managed("b"):
    print("inside", m.name)
with Managed("c", swallow=True):
    raise ValueError("swallowed")
try:
    with Managed("d"):
        raise KeyError("passes")
except KeyError as e:
    print("outer caught", e)


def f():
    with Managed("e"):
        return "returned"


print(f())
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("content", t)


def logged(func):
    @functools.wraps(func)
    def inner(*a, **k):
        print("calling", func.__name__, a, k)
        return func(*a, **k)
    return inner


@logged
def add(x, y):
    """Add two numbers."""
    return x + y


print(add(1, y=2), add.__name__, add.__doc__, add.__wrapped__(3, 4))


def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco


@repeat(3)
def hi(name):
    return "hi " + name


print(hi("bo"))


def singleton(cls):
    instances = {}

    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


print(Config(1).v, Config(2).v, Config(1) is Config(3))


def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls


@add_repr
class P:
    def __init__(self):
        self.a = 1


print(P(), [P()])
cache_calls = []


@functools.lru_cache(maxsize=None)
def fibo(n):
    cache_calls.append(n)
    return n if n < 2 else fibo(n - 1) + fibo(n - 2)


print(fibo(30), len(cache_calls), fibo.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(pow, 2)(10))
