def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError as e:
        raise KeyError("new") from None

try:
    g()
except BaseException as e:
    print(type(e).__name__, repr(e))
    for x in e.exceptions:
        print(" ", repr(x))

def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
try:
    h()
except ExceptionGroup as e:
    print(repr(e))

def k():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("boom")
try:
    k()
except Exception as e:
    print(repr(e), repr(e.__context__))

import sys
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print(repr(sys.exc_info()[1]))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
