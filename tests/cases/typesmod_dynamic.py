import types


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)


Base = types.new_class("Base", (), {"metaclass": Meta}, lambda ns: ns.update(greet=lambda self: "hi"))
print(Base.made_by, Base().greet(), type(Base).__name__)
meta, ns, kw = types.prepare_class("X", (Base,), {"extra": 1})
print(meta.__name__, ns, kw)
print(types.resolve_bases((int, str)))


def handler(obj, x):
    return f"{type(obj).__name__} got {x}"


class Widget:
    pass


w = Widget()
w.handle = types.MethodType(handler, w)
print(w.handle(3), isinstance(w.handle, types.MethodType), w.handle.__self__ is w)
for bad in [lambda: types.MethodType(1, w), lambda: types.MethodType(handler, None), lambda: types.MethodType(handler)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
cfg = types.SimpleNamespace(host="localhost", port=8080, debug=False)
cfg.port += 1
print(cfg, cfg.port, getattr(cfg, "missing", "default"), hasattr(cfg, "host"))
nested = types.SimpleNamespace(db=types.SimpleNamespace(name="x", pool=5), items=[1, 2])
print(nested, nested.db.pool)
print(sorted(vars(cfg).items()), types.SimpleNamespace() == types.SimpleNamespace())


def gen():
    yield 1


def dispatch(obj):
    if isinstance(obj, types.GeneratorType):
        return "generator"
    if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType)):
        return "function"
    if isinstance(obj, types.ModuleType):
        return "module"
    return "other"


print([dispatch(o) for o in (gen(), gen, len, types, 5, None)])
mp = types.MappingProxyType({"x": 1})
print(mp.keys(), list(mp.values()), mp.copy(), mp == {"x": 1}, mp | {"y": 2})
import types
class P:
    __slots__ = ("x",)
print(isinstance(P.x, types.MemberDescriptorType), types.MemberDescriptorType)
