import asyncio, contextlib, sys
class A:
    def __init_subclass__(cls, **kw): cls.kw = kw
class B(A, x=1): pass
print(B.kw, A.__dict__.get("kw"), B.__name__, B.__qualname__, B.__module__)
class C:
    x: int = 5
    def __repr__(self): return "C()"
    def __format__(self, s): return "fmt" + s
    def __bool__(self): return False
    def __len__(self): return 3
print(C.__annotations__, f"{C():xy}", bool(C()), len(C()), not C())
def g():
    x = yield 1
    print("got", x)
    yield from [2, 3]
    return "ret"
it = g()
print(next(it), it.send("hi"), next(it), next(it, "end"))
print(it.gi_frame, g.__name__, type(it).__name__)
async def co(): return 5
c = co()
print(type(c).__name__, asyncio.run(c))
@contextlib.contextmanager
def cm():
    yield 1
with cm() as a, cm() as b:
    print(a + b)
print(sys.exc_info(), [f"{i:02d}" for i in range(3)])
class Meta(type):
    def __instancecheck__(cls, o): return o == 42
class Any42(metaclass=Meta): pass
print(isinstance(42, Any42), isinstance(1, Any42))
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([1, 2, 3][Num(1)], bin(Num(5)), hex(Num(255)), range(Num(3)))
class R:
    def __round__(self, n=None): return "rounded" + str(n)
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
print(round(R()), round(R(), 2), abs(R()), -R(), ~R())
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
del x[::2]
print(x, x.copy(), x * 0, [[]] * 2)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda a, /, b, *, c: a + b + c)(1, 2, c=3))
def kwonly(*, a, b=2): return a, b
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    (lambda a: a)()
except TypeError as e:
    print(e)
