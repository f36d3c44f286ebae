# Closures across several nesting levels; nonlocal binds to the nearest enclosing scope
def level1():
    a = "a1"
    b = "b1"
    def level2():
        b = "b2"
        c = "c2"
        def level3():
            nonlocal b
            nonlocal c
            b += "+3"
            c += "+3"
            return a, b, c
        r = level3()
        return r, b, c
    r2 = level2()
    return r2, a, b

print(level1())

def counter_tree():
    total = 0
    def branch(name):
        count = 0
        def leaf():
            nonlocal count, total
            count += 1
            total += 1
            return f"{name}:{count}/{total}"
        return leaf
    def get_total():
        return total
    return branch, get_total

branch, get_total = counter_tree()
x = branch("x")
y = branch("y")
print(x(), x(), y(), x(), y(), get_total())

def compose(*fns):
    def composed(v):
        for f in reversed(fns):
            v = f(v)
        return v
    return composed
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(inc, inc, dbl, dbl)(1))

def curry3(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a
vol = curry3(lambda l, w, h: l * w * h)
print(vol(2)(3)(4), vol(1)(1)(1))
partial = vol(10)(10)
print([partial(h) for h in range(1, 4)])

def make_multiplier_table(n):
    return [[(lambda i=i, j=j: i * j) for j in range(1, n + 1)] for i in range(1, n + 1)]
table = make_multiplier_table(4)
for row in table:
    print(" ".join(f"{f():3d}" for f in row))
