import types
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b="x")
print(ns, repr(ns), ns.a, ns == SimpleNamespace(a=1, b="x"), ns != SimpleNamespace(a=2))
ns.c = [1, 2]
del ns.a
print(ns, vars(ns), sorted(ns.__dict__))
ns.self = ns
print(ns)
class P(SimpleNamespace):
    pass
print(P(x=1), isinstance(P(), SimpleNamespace))
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(e)
def f(): pass
def g(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(types, types.ModuleType))
print(type(None) is types.NoneType, types.NoneType, types.FunctionType, types.GeneratorType.__name__)
bm = types.MethodType(lambda self, x: (self, x), "obj")
print(bm(5))
mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp, mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0), dict(mp.items()))
try:
    mp["c"] = 3
except TypeError as e:
    print("TypeError", e)
X = types.new_class("X", (C,), {}, lambda ns: ns.update({"y": 5}))
print(X.y, X.__name__, X.__mro__[1:], X.__qualname__)
print(types.SimpleNamespace(**{"k": 1}).k, types.EllipsisType, types.NotImplementedType)
print(types.MappingProxyType, types.MappingProxyType.__name__, types.SimpleNamespace)
