def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError("k")])])
try:
    f()
except* TypeError:
    raise RuntimeError("handler failed")
