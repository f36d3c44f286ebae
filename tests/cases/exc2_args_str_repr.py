# e.args, str(e), repr(e) for builtin and user exceptions
cases = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", "b"),
    ValueError(42),
    ValueError(None),
    ValueError(""),
    KeyError("key"),
    KeyError(1),
    KeyError("a", "b"),
    KeyError(),
    IndexError("idx"),
    TypeError("t", 1, [2]),
    StopIteration(5),
    ZeroDivisionError("division by zero"),
    AssertionError("failed"),
    Exception("x", ("y",)),
    RuntimeError("quote's"),
    NotImplementedError(),
]
for e in cases:
    print(f"{type(e).__name__:<20} args={e.args!r:<28} str={str(e)!r:<24} repr={e!r}")

class Mine(Exception):
    pass
class MineStr(Exception):
    def __str__(self):
        return "custom str"
for e in [Mine(), Mine("m"), Mine(1, 2), MineStr("ignored"), MineStr()]:
    print(f"{type(e).__name__:<8} args={e.args!r} str={str(e)!r} repr={e!r}")

e = ValueError("original")
e.args = ("changed", 2)
print(str(e), repr(e))
e.args = []
print(repr(str(e)), repr(e), e.args)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, KeyError("k").args[0])
try:
    raise ValueError("a", "b")
except ValueError as err:
    print(f"{err}", f"{err!r}", "%s" % (err,), str([err]))
print(str(KeyError("it's")), str(KeyError('say "hi"')))
