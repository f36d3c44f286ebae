# Common TypeError messages for operators, subscripting, iteration and calls.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class C:
    pass
vals = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, C(), 1j, range(2), True]
for op, f in [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
              ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("@", lambda a, b: a @ b), ("<", lambda a, b: a < b), (">=", lambda a, b: a >= b)]:
    for a, b in [(1, "s"), ("s", 1), (None, 1), ([1], (1,)), ({1}, [1]), (C(), C()), (1.5, "s"), (b"b", "s"), ({1: 2}, 1), (1j, None)]:
        try:
            r = f(a, b)
            print(op, type(a).__name__, type(b).__name__, "ok", repr(r)[:30])
        except Exception as e:
            print(op, type(a).__name__, type(b).__name__, type(e).__name__, e)
for v in vals:
    for name, f in [("neg", lambda x: -x), ("pos", lambda x: +x), ("inv", lambda x: ~x), ("sub", lambda x: x[0]), ("iter", lambda x: iter(x)), ("len", lambda x: len(x)),
                    ("call", lambda x: x()), ("setitem", lambda x: x.__class__.__setitem__), ("hash", lambda x: hash(x)), ("int", lambda x: int(x)), ("float", lambda x: float(x))]:
        try:
            r = f(v)
            print(name, type(v).__name__, "ok")
        except Exception as e:
            print(name, type(v).__name__, type(e).__name__, e)
def sa(x):
    x[0] = 1
def da(x):
    del x[0]
for v in [1, "s", (1,), None, C(), frozenset(), range(3), b"x"]:
    for f in (sa, da):
        try:
            f(v)
        except Exception as e:
            print(f.__name__, type(v).__name__, type(e).__name__, e)
def f2(a, b, *, c):
    pass
show("missing", lambda: f2(1))
show("missing2", lambda: f2())
show("too many", lambda: f2(1, 2, 3))
show("kwonly", lambda: f2(1, 2))
show("unexpected", lambda: f2(1, 2, c=3, d=4))
show("multiple", lambda: f2(1, 2, a=1, c=3))
show("len args", lambda: len())
show("len args2", lambda: len(1, 2))
show("abs args", lambda: abs())
show("isinstance args", lambda: isinstance(1))
show("int kw", lambda: int(5, bas=2))
show("len kw", lambda: len(obj=[]))
show("str.upper args", lambda: "a".upper(1))
show("list.append kw", lambda: [].append(x=1))
show("dict.get args", lambda: {}.get(1, 2, 3))
show("unpack few", lambda: [a for a, b in [(1,)]])
show("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
show("unpack non", lambda: [a for a, b in [1]])
def unpack_star():
    a, *b, c = [1]
show("unpack star", unpack_star)
show("attr none", lambda: None.foo)
show("attr int", lambda: (1).foo)
show("attr cls", lambda: C.foo)
show("attr module-ish", lambda: print.foo)
show("str idx", lambda: "abc"[5])
show("tuple idx", lambda: (1,)[5])
show("list idx", lambda: [][0])
show("list idx type", lambda: [1][C.__dict__.get("nothing")])
show("dict key", lambda: {}["k"])
show("dict key tuple", lambda: {}[(1, 2)])
show("dict key int", lambda: {1: 2}[3])
show("not callable", lambda: vals[0]())
show("str not callable", lambda: vals[2]())
show("none not callable", lambda: vals[8]())
show("iter none", lambda: [x for x in None])
show("star none", lambda: print(*None))
show("kwargs non-map", lambda: dict(**[1]))
show("in non-container", lambda: 1 in 5)
show("bool ret", lambda: bool(type("B", (), {"__bool__": lambda s: 2})()))
show("len ret", lambda: len(type("L", (), {"__len__": lambda s: 1.5})()))
show("str ret", lambda: str(type("S", (), {"__str__": lambda s: 1})()))
show("repr ret", lambda: repr(type("S", (), {"__repr__": lambda s: None})()))
show("int ret", lambda: int(type("S", (), {"__int__": lambda s: "x"})()))
show("index ret", lambda: [1, 2][type("S", (), {"__index__": lambda s: 1.0})()])
show("hash ret", lambda: hash(type("S", (), {"__hash__": lambda s: "x"})()))
show("iter ret", lambda: iter(type("S", (), {"__iter__": lambda s: 1})()))
show("next ret", lambda: next(type("S", (), {"__next__": 1})()))
