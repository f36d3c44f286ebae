# TypeError messages for wrong argument counts of functions, methods and builtins.
class Foo:
    def __init__(self, x, y): pass
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
tests = [lambda: Foo(1), lambda: Foo(1, 2, 3), lambda: Foo(1, 2).m(), lambda: Foo(1, 2).m(1, 2),
         lambda: Foo.s(), lambda: Foo.c(1, 2), lambda: Foo(1, 2, z=3), lambda: Foo.m(1),
         lambda: Foo(x=1, x2=2), lambda: Foo(1, y=2, x=3), lambda: (lambda a, b, c: 0)(1),
         lambda: (lambda a, /, b: 0)(a=1, b=2), lambda: (lambda *, a, b: 0)(), lambda: (lambda a=1, *b, c: 0)(),
         lambda: print(1, flush=1, bad=2), lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(),
         lambda: "".split(1), lambda: "".join(1), lambda: int(1, 2), lambda: abs(), lambda: divmod(1),
         lambda: getattr(1), lambda: isinstance(1), lambda: object(1), lambda: Foo.__init__(),
         lambda: (lambda **k: 0)(1), lambda: sorted(), lambda: "x".startswith(), lambda: range(), lambda: range(1, 2, 3, 4),
         lambda: max(), lambda: min(1), lambda: sum(), lambda: zip(1), lambda: enumerate(), lambda: iter(),
         lambda: len([], []), lambda: "a".replace("a"), lambda: [].insert(1), lambda: {}.pop(), lambda: set().add()]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
