# Decorators: plain, with arguments, stacked, functools.wraps, class-based, on methods
import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"  call {fn.__name__}{args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__} -> {result!r}")
        return result
    return wrapper

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco

def bold(fn):
    def w(*a):
        return "<b>" + fn(*a) + "</b>"
    return w
def italic(fn):
    def w(*a):
        return "<i>" + fn(*a) + "</i>"
    return w

@trace
def add(a, b=2):
    """Add two numbers."""
    return a + b

print(add(1), add(1, b=5))
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)

@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"), hello.__name__)

@bold
@italic
def text(s):
    return s
print(text("x"), text.__name__)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, square.__name__)

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w

@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(60), len(slow_fib.cache))

def method_logger(fn):
    def w(self, *a):
        print(f"  {type(self).__name__}.{fn.__name__}{a}")
        return fn(self, *a)
    return w
class Account:
    def __init__(self):
        self.balance = 0
    @method_logger
    def deposit(self, amt):
        self.balance += amt
        return self.balance
acct = Account()
acct.deposit(5)
print(acct.deposit(10))

def validate(**types):
    def deco(fn):
        def w(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return w
    return deco
@validate(name=str, age=int)
def person(name, age):
    return f"{name}:{age}"
print(person(name="ann", age=3))
try:
    person(name="ann", age="3")
except TypeError as e:
    print("TypeError:", e)

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(50))

def attrs(**kw):
    def deco(fn):
        for k, v in kw.items():
            setattr(fn, k, v)
        return fn
    return deco
@attrs(author="me", version=2)
def tagged():
    pass
print(tagged.author, tagged.version, sorted(tagged.__dict__))
