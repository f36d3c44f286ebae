# locals(), globals(), vars() and dir() without arguments in module, function, closure and class scopes
def f(a, b=2):
    c = a + b
    def g():
        return c
    print(sorted(locals().keys()))
    if a > 100:
        z = 1
    print(dir())
    return g
f(1)
def h():
    x = 5
    def inner():
        print(locals())
        return x
    return inner
h()()
print(sorted(k for k in globals() if not k.startswith('__')))
print(vars() is globals(), locals() is globals())
class K:
    a = 1
    print(locals())
    print(vars())
def dir2(): return "mine"
