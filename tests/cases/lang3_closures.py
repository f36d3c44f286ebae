# Closures: nonlocal counters, late binding, default capture, closures over loop vars, cells
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])

def late():
    fs = []
    for n in range(3):
        fs.append(lambda x: x + n)
    n = 100
    return fs
print([f(1) for f in late()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()
print(outer())

def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(3))
print(acc.__closure__ is not None, len(acc.__closure__), acc.__closure__[0].cell_contents)
print(make_counter.__closure__, [c.__name__ for c in make_counter()])

def fib_memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache
fib, cache = fib_memo()
print(fib(40), len(cache))

def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggler()
print([t() for _ in range(4)])

x = "global"
def shadow():
    x = "local"
    def show():
        return x
    return show()
def use_global():
    global x
    x = "changed"
print(shadow(), x)
use_global()
print(x)

def unbound_closure():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    y = 1
    return inner()
print(unbound_closure())

def counter_class_closure():
    n = 0
    class C:
        def bump(self):
            nonlocal n
            n += 1
            return n
    return C()
c = counter_class_closure()
print(c.bump(), c.bump())
