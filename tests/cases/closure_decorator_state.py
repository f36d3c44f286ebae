# Decorators whose wrappers keep state in closures: call history, throttling, argument caching
def history(limit):
    def deco(fn):
        calls = []
        def wrapper(*args):
            result = fn(*args)
            calls.append((args, result))
            del calls[:-limit]
            return result
        wrapper.calls = lambda: list(calls)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@history(limit=3)
def square(x):
    return x * x
for n in range(6):
    square(n)
print(square.__name__, square.calls())

def every_nth(n):
    def deco(fn):
        count = 0
        def wrapper(*args):
            nonlocal count
            count += 1
            if count % n:
                return None
            return fn(*args)
        return wrapper
    return deco

@every_nth(3)
def log(msg):
    return f"logged {msg}"
print([log(i) for i in range(7)])

def accumulate(fn):
    total = 0
    def wrapper(x):
        nonlocal total
        total += fn(x)
        return total
    def reset():
        nonlocal total
        total = 0
    wrapper.reset = reset
    return wrapper

@accumulate
def cube(x):
    return x ** 3
print([cube(i) for i in range(1, 5)])
cube.reset()
print(cube(2), cube(2))

def chain(*decorators):
    def apply(fn):
        for d in reversed(decorators):
            fn = d(fn)
        return fn
    return apply

def add_one(fn):
    return lambda *a: fn(*a) + 1
def double(fn):
    return lambda *a: fn(*a) * 2

@chain(add_one, double)
def base(x):
    return x
print(base(5))   # add_one(double(base))(5) = 5*2+1
