# Catching by base class: LookupError, ArithmeticError, Exception, BaseException
def attempt(label, fn):
    try:
        fn()
        print(f"{label}: no error")
    except LookupError as e:
        print(f"{label}: LookupError caught {type(e).__name__}: {e}")
    except ArithmeticError as e:
        print(f"{label}: ArithmeticError caught {type(e).__name__}: {e}")
    except Exception as e:
        print(f"{label}: Exception caught {type(e).__name__}: {e}")

import math
attempt("list index", lambda: [1, 2][5])
attempt("dict key", lambda: {"a": 1}["b"])
attempt("str index", lambda: "abc"[10])
attempt("tuple index", lambda: ()[0])
attempt("div zero", lambda: 1 / 0)
attempt("mod zero", lambda: 5 % 0)
attempt("float overflow", lambda: math.exp(1000))
attempt("int conversion", lambda: int("x"))
attempt("type error", lambda: 1 + "1")
attempt("attr", lambda: (1).nope)
attempt("name", lambda: undefined_name)
attempt("ok", lambda: 42)

chains = [IndexError, KeyError, ZeroDivisionError, OverflowError, ValueError, TypeError,
          AttributeError, NameError, UnboundLocalError, RecursionError, NotImplementedError,
          StopIteration, AssertionError, UnicodeError, FileNotFoundError, KeyboardInterrupt,
          SystemExit, GeneratorExit, ModuleNotFoundError, FloatingPointError]
for cls in chains:
    print(f"{cls.__name__:<20}", " > ".join(k.__name__ for k in cls.__mro__[1:]))
