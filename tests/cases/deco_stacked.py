# Stacked decorators: application order (bottom-up) and call order (top-down)
def tag(name):
    def decorator(fn):
        print(f"  applying {name} to {fn.__name__}")
        def wrapper(*args):
            print(f"  enter {name}")
            result = f"<{name}>{fn(*args)}</{name}>"
            print(f"  exit {name}")
            return result
        wrapper.__name__ = f"{name}_{fn.__name__}"
        return wrapper
    return decorator

print("defining")
@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s
print("calling")
print(text("hi"))
print(text.__name__)

# equivalent explicit form
def text2(s):
    return s
text2 = tag("b")(tag("i")(text2))
print(text2("x"))

def add(n):
    def d(fn):
        return lambda x: fn(x) + n
    return d
def mul(n):
    def d(fn):
        return lambda x: fn(x) * n
    return d

@add(1)
@mul(10)
def f(x):
    return x
@mul(10)
@add(1)
def g(x):
    return x
print(f(5), g(5))

def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

@count_calls
@memo
def fib_outer_count(n):
    return n if n < 2 else fib_outer_count(n - 1) + fib_outer_count(n - 2)
fib_outer_count(20)
print("count outside memo:", fib_outer_count.calls)

@memo
@count_calls
def fib_inner_count(n):
    return n if n < 2 else fib_inner_count(n - 1) + fib_inner_count(n - 2)
fib_inner_count(20)
print("inner has no visible counter:", hasattr(fib_inner_count, "calls"))
