# Closures with nonlocal state, generator closures, class-body scoping of comprehensions, memoizing decorators.
class A:
    x = 5
    try:
        ys = [x * i for i in range(3)]
    except NameError as e:
        ys = str(e)
    zs = (lambda x=x: x * 2)()
print(A.ys, A.zs)
def outer():
    items = []
    def add(v):
        items.append(v)
        return add
    add(1)(2)(3)
    return items
print(outer())
def make_acc():
    total = 0
    def gen():
        nonlocal total
        while True:
            v = yield total
            total += v
    return gen()
acc = make_acc(); next(acc); acc.send(5); print(acc.send(10))
class Bag:
    def __init__(self): self.items = {}
    def add(self, k, n=1):
        self.items[k] = self.items.get(k, 0) + n
        return self
    def __iter__(self):
        for k in sorted(self.items):
            for _ in range(self.items[k]):
                yield k
    def __len__(self): return sum(self.items.values())
b = Bag().add("x", 2).add("a").add("x")
print(list(b), len(b), "x" in b, sorted(set(b)))
funcs = {}
for name in ["double", "triple"]:
    factor = {"double": 2, "triple": 3}[name]
    funcs[name] = lambda v, f=factor: v * f
print({k: f(7) for k, f in funcs.items()})
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
x = 0
def bump():
    global x
    x += 1
    def inner():
        return x * 10
    return inner()
print(bump(), bump(), x)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars if hasattr(inc, "__code__") else "")
