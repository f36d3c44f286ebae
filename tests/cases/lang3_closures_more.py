# Closures: nested nonlocal, default-arg capture, function attributes as state, currying, global in nested
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 1
        b = 10
        def inner():
            nonlocal a, b
            a += 100
            b += 1
            return a, b
        return inner
    return mid, lambda: a
mid, get = outer()
inner = mid()
print(inner(), inner(), get())
def make():
    fs = {}
    for name in ["x", "y"]:
        def f(name=name): return name * 2
        fs[name] = f
    return fs
print({k: v() for k, v in make().items()})
def counter():
    def inc():
        inc.count += 1
        return inc.count
    inc.count = 0
    return inc
c = counter(); c(); print(c(), c.count)
gen_closures = [(lambda x: lambda: x)(i) for i in range(3)]
print([g() for g in gen_closures])
def rec():
    def fact(n): return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(rec()(10))
def compose(*fns):
    def composed(x):
        for f in reversed(fns): x = f(x)
        return x
    return composed
print(compose(str, lambda x: x * 2, abs)(-4))
def curry(f):
    def c(*args):
        if len(args) >= f.__code__.co_argcount: return f(*args)
        return lambda *more: c(*args, *more)
    return c
@curry
def add3(a, b, c): return a + b + c
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
x = 0
def g1():
    x = 1
    def g2():
        global x
        x = 2
        return x
    g2()
    return x
print(g1(), x)
def cell_del():
    v = 1
    def show(): return v
    del v
    try: show()
    except NameError as e: print("NameError:", e)
cell_del()
def defaults_eval():
    print("evaluating default")
    return 5
def uses(a=defaults_eval()):
    return a
print(uses(), uses(1))
def kw_defaults(*, k=[]):
    k.append(1); return len(k)
print(kw_defaults(), kw_defaults(), kw_defaults.__kwdefaults__)
def shadow_builtin():
    len = lambda x: 42
    return len([1])
print(shadow_builtin(), len([1]))
lam = lambda *a, **k: (a, k)
print(lam(1, x=2))
print((lambda: (yield))  is not None)
