def f(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("value:", repr(e))
    except* TypeError as e:
        print("type:", repr(e))
    print("after")

f([ValueError(1), TypeError(2), ValueError(3)])
f([ValueError(1)])
try:
    f([KeyError("k"), ValueError(2)])
except ExceptionGroup as e:
    print("escaped:", repr(e))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked:", repr(e), repr(e.exceptions[0]))

try:
    try:
        raise KeyError("x")
    except* ValueError:
        print("not here")
except KeyError as e:
    print("unmatched naked propagates as itself:", repr(e))

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("no name")
else:
    print("no else")
finally:
    print("finally")

try:
    pass
except* ValueError:
    pass
else:
    print("else runs")
