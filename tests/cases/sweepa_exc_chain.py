# Exception chaining printed through traceback to stdout, str/repr of exceptions.
import traceback
import sys


class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code

    def __str__(self):
        return "AppError[%d]: %s" % (self.code, self.args[0])


def low():
    return {}["missing"]


def mid():
    try:
        low()
    except KeyError as e:
        raise AppError("lookup failed", 42) from e


def top():
    try:
        mid()
    except AppError:
        raise RuntimeError("top failed")


try:
    top()
except RuntimeError as e:
    traceback.print_exc(file=sys.stdout)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("ctx cause:", repr(e.__context__.__cause__))
    print(e.__suppress_context__, e.__context__.__suppress_context__)

for exc in [ValueError(), ValueError("a"), ValueError("a", 1), KeyError("k"), KeyError(),
            OSError(2, "No such file"), StopIteration(5), AppError("x", 1),
            IndexError("list index out of range"), Exception(None), Exception("")]:
    print(repr(exc), "|", str(exc), "|", exc.args)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("inner") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
    print("".join(traceback.format_exception_only(type(e), e)), end="")


def gen_fail():
    try:
        yield 1
        raise TypeError("in gen")
    finally:
        print("gen finally")


try:
    for x in gen_fail():
        print("got", x)
except TypeError as e:
    print("caught", e)

try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("value group", eg.exceptions)
except* TypeError as eg:
    print("type group", eg.exceptions)

e = Exception("note me")
e.add_note("a note")
print(e.__notes__)
try:
    raise e
except Exception:
    traceback.print_exc(file=sys.stdout)
