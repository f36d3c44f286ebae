# Exception objects: traceback attributes, sys.exc_info, context chains, OSError fields.
import traceback, sys
def f():
    raise ValueError("x")
try:
    f()
except ValueError:
    print(traceback.format_exc())
try:
    {}["k"]
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name if hasattr(tb, "tb_frame") else "")
print(sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
e = ValueError("v")
print(e.__traceback__, e.__cause__, e.__context__, e.args)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise MyErr("a") from ValueError("b")
except MyErr as e:
    print(repr(e.__cause__))
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("re", e)
try:
    try:
        raise ValueError(1)
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
except ValueError:
    pass
err = None
try:
    int("x")
except ValueError as err2:
    err = err2
print(type(err).__name__, err)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
try:
    raise StopIteration("s")
except Exception as e:
    print(repr(e))
def ctx():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return t
t = ctx()
print(repr(t), repr(t.__context__), t.__context__.__context__)
print(issubclass(KeyError, LookupError), KeyError.__mro__)
ex = OSError(2, "No such file or directory", "f.txt")
print(ex, ex.errno, ex.strerror, ex.filename, type(ex).__name__)
fe = FileNotFoundError(2, "No such file", "x")
print(fe, isinstance(fe, OSError))
try:
    open("/nonexistent/zz")
except FileNotFoundError as e:
    print(e)
except OSError as e:
    print("oserror", e)
print(UnicodeDecodeError.__mro__[1].__name__, ZeroDivisionError("x").args)
print(str(KeyError("a b")), str(KeyError(1, 2)), repr(KeyError("q")))
