# Simple decorators without arguments
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper

def trace(fn):
    depth = [0]
    def wrapper(*args):
        print(f"{'  ' * depth[0]}-> {fn.__name__}{args}")
        depth[0] += 1
        try:
            result = fn(*args)
        finally:
            depth[0] -= 1
        print(f"{'  ' * depth[0]}<- {fn.__name__} = {result}")
        return result
    return wrapper

@shout
def greet(name, punct="."):
    return f"hello {name}{punct}"

print(greet("ann"), greet("bob", punct="?"))
print(greet.__name__)

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))

def plain(x):
    return x + 1
decorated = trace(plain)
print(decorated(1), plain(1))

# a decorator is just a function call on the function object
def register_twice(fn):
    return [fn, fn]
@register_twice
def pair():
    return "p"
print(type(pair).__name__, len(pair), pair[0]())

def returns_none(fn):
    print(f"decorating {fn.__name__}")
@returns_none
def vanished():
    return 1
print(vanished)

def identity(fn):
    return fn
@identity
def same():
    return "same"
print(same.__name__, same())

# decorators are applied at definition time
order = []
def mark(fn):
    order.append(fn.__name__)
    return fn
@mark
def first(): pass
@mark
def second(): pass
print(order)
# a lambda or any expression can be used as decorator (3.9+)
@(lambda f: lambda *a: f(*a) * 2)
def doubled(x):
    return x + 1
print(doubled(4))
