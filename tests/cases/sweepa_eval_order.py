# Evaluation order of operands, subscripts, attributes and calls.
log = []
def f(x, tag=None):
    log.append(tag or x)
    return x
class Obj:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        log.append(("get", k)); return self.d.get(k, 0)
    def __setitem__(self, k, v):
        log.append(("set", k, v)); self.d[k] = v
    def __getattr__(self, n):
        log.append(("getattr", n)); return 1
    def __setattr__(self, n, v):
        log.append(("setattr", n)); object.__setattr__(self, n, v)
o = Obj()
def show():
    print(log); log.clear()
f(1) + f(2) * f(3); show()
{f("k1"): f("v1"), f("k2"): f("v2")}; show()
[f(1), *[f(2), f(3)], f(4)]; show()
f(print, "func")(f("a"), f("b"), sep=f("-")); show()
o[f("i")] = f("v"); show()
o[f("j")] += f(5); show()
o.attr += f(3); show()
x = [0, 0]
i = 0
i, x[i] = 1, 9
print(x)
a = b = f([], "chain"); show()
f(1) < f(2) < f(0) < f(3); show()
f(0) and f(1); f(1) or f(2); show()
def kw(**k): return k
kw(b=f(2), a=f(1)); show()
print({**{f("x"): 1}, f("y"): 2}); show()
s = f("s1") if f(True, "cond") else f("s2"); show()
lst = [f(n) for n in range(3) if f(n % 2, ("if", n))]; show()
d = {}
d[f("key")] = d.get(f("key2"), f(0)) + 1; show()
def g():
    try:
        return f("ret")
    finally:
        f("fin")
g(); show()
o.q = f("val"); show()
del o.d; show() if False else None
print(f(1), f(2), end=f("\n")); show()
t = (f(1), f(2)); t2 = f(1), f(2); show()
z = f(10) if False else f(20); show()
w = [f(1), f(2)][f(0)]; show()
xs = [1, 2, 3]
xs[f(0):f(2)] = [f(7)]; show(); print(xs)
