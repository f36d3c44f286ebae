eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(type(eg).__name__, str(eg), repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
beg = BaseExceptionGroup("b", [ValueError()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg2).__name__, repr(beg2))
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), len(one.exceptions))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
            lambda: ExceptionGroup("x", ValueError()), lambda: ExceptionGroup("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(EncodingWarning.__mro__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
