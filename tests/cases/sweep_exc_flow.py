# exceptions: finally ordering, exception in except, re-raise with context, exception attributes, sys.exc_info
import sys
def f(n):
    try:
        print("try", n)
        if n == 1: raise ValueError("one")
        if n == 2: return "returned"
        if n == 3: raise KeyError("three")
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else", n)
    finally:
        print("finally", n)
    return "end"
for n in range(4):
    try:
        print("->", f(n))
    except KeyError as e:
        print("outer KeyError", e)
def g():
    try:
        raise TypeError("inner")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError as v:
            print(repr(v.__context__), sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
g()
def h():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ArithmeticError as e:
        return type(e).__name__, e.args
print(h())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def swallow():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
    return "swallowed?"
try:
    print(swallow())
except RuntimeError as e:
    print("escaped", e)
class E(Exception):
    def __str__(self): return f"E<{self.args}>"
try:
    raise E(1, 2)
except E as e:
    print(e, repr(e), e.args)
try:
    raise E
except E as e:
    print(str(e), repr(e))
e = None
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
