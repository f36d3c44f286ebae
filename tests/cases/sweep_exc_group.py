try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("value errors", eg.exceptions)
except* TypeError as eg:
    print("type errors", eg.exceptions)
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("k"), ValueError("b")])])
print(eg, repr(eg))
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
try:
    raise eg
except* KeyError as g:
    print("keys:", repr(g))
except* ValueError as g:
    print("values:", repr(g))
def h():
    try:
        raise ExceptionGroup("x", [OSError("disk"), ValueError("v")])
    except* OSError:
        print("handled os")
try:
    h()
except ExceptionGroup as g:
    print("left:", repr(g), g.exceptions)
try:
    raise TypeError("plain")
except* TypeError as g:
    print("wrapped:", repr(g), type(g).__name__)
print(issubclass(ExceptionGroup, Exception), BaseExceptionGroup.__mro__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
