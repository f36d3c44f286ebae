# locals(), vars() and dir() without arguments in functions, closures, class bodies and the module.
def f(a, b=2, *args, **kw):
    x = 1
    def g():
        return x + a
    if a > 5:
        y = 3
    print({k: v for k, v in locals().items() if k != "g"})
    print(sorted(vars()), dir())
    return g
f(1)
f(9, 8, 7, k=1)
def outer():
    z = 5
    def inner():
        w = z
        return locals()
    return inner()
print(outer())
class K:
    p = 1
    q = sorted(locals())
    r = dir()
    print(q, r)
print(K.q, K.r)
print(locals() is globals(), vars() is globals(), "f" in dir(), "K" in locals())
def shadow():
    locals = lambda: "shadowed"
    return locals()
print(shadow())
def unbound_later():
    before = sorted(locals())
    later = 1
    return before, sorted(locals())
print(unbound_later())
def loop_vars():
    out = []
    for i in range(2):
        out.append(sorted(locals()))
    return out
print(loop_vars())
