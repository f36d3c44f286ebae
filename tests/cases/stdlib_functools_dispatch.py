from functools import lru_cache, singledispatch

class C:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=4)
    def m(self, x):
        return self.k * x
c = C(3)
print(c.m(2), c.m(2), c.m(x=5))
print(c.m.cache_info(), C.m.cache_info())
c.m.cache_clear()
print(C.m.cache_info(), C.m.cache_parameters())

@lru_cache(maxsize=32, typed=True)
def t(x):
    return repr(x)
print(t(1), t(1.0), t(1), t.cache_info())

@singledispatch
def show(arg):
    return "object: " + repr(arg)

@show.register(int)
def _(arg):
    return "int: " + str(arg)

@show.register(list)
def _(arg):
    return "list of " + str(len(arg))

def show_str(arg):
    return "str: " + arg
show.register(str, show_str)
show.register(float, lambda a: "float %.2f" % a)
print(show(1), show(True), show("x"), show([1, 2]), show(2.5), show(None), show((1,)))
print(show.__name__, show.dispatch(bool) is show.dispatch(int))
