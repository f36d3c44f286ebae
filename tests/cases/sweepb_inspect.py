import inspect
import functools

def f(a, b: int = 2, *args, c, d="x", **kw) -> str:
    """Docstring here.

        Indented more.
    """
    return "r"

sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation, str(p))
ba = sig.bind(1, 2, 3, c=4, z=5)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind_partial(1)
ba.apply_defaults()
print(ba)
try:
    sig.bind()
except TypeError as e:
    print("TypeError", e)
class K:
    """Class doc."""
    def __init__(self, x, y=1):
        self.x = x
    def m(self, q):
        return q
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls, z): pass
    @property
    def p(self): return 1
print(inspect.signature(K), inspect.signature(K.m), inspect.signature(K(1).m), inspect.signature(K.c))
print(inspect.isfunction(f), inspect.isclass(K), inspect.ismethod(K(1).m), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(f))
def gen(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.isabstract(K))
print([n for n, v in inspect.getmembers(K) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getdoc(f))
print(inspect.cleandoc("  a\n    b\n  c"))
print(inspect.getmro(bool))
print(inspect.getfullargspec(f))
@functools.wraps(f)
def w(*a, **k): return f(*a, **k)
print(inspect.signature(w), inspect.unwrap(w) is f)
print(inspect.getcallargs(f, 1, c=3))
p = functools.partial(f, 1, c=2)
print(inspect.signature(p))
print(inspect.signature(lambda x, /, y: 0))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
print(repr(inspect.signature(f).parameters["b"]))
print(inspect.formatannotation(int), inspect.get_annotations(f))
import abc
class AB(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class Conc(AB):
    def f(self): return 1
print(inspect.isabstract(AB), inspect.isabstract(Conc), inspect.isabstract(int))
