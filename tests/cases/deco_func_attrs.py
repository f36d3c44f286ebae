# Function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, custom attrs
def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function docstring."""
    return a, b, args, c, d, kw

print(plain.__name__, plain.__qualname__, plain.__doc__)
print(plain.__defaults__, plain.__kwdefaults__)
print(plain(1, c=3), plain(1, 5, 6, 7, c=8, e=9))
plain.__defaults__ = (20,)
print(plain(1, c=3))
plain.__kwdefaults__ = {"c": 30, "d": 40}
print(plain(1))

def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)

def outer():
    def inner():
        pass
    class Local:
        def method(self):
            pass
    return inner, Local
inner, Local = outer()
print(inner.__name__, inner.__qualname__, Local.method.__qualname__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__)

def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls, sorted(counter.__dict__))

def tagged(*tags):
    def d(fn):
        fn.tags = set(tags)
        return fn
    return d
@tagged("fast", "pure")
def add(a, b):
    return a + b
@tagged("slow")
def fetch():
    return None
for fn in (add, fetch, plain):
    print(fn.__name__, sorted(getattr(fn, "tags", set())))

plain.__name__ = "renamed"
print(plain.__name__, plain.__qualname__)
try:
    plain.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(callable(plain), type(plain).__name__, type(lam).__name__)
print(add.__module__, (lambda: 0).__doc__)
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated.__annotations__)
print(annotated(1))
