import sys


class AppError(Exception):
    code = 1

    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ConfigError(AppError):
    code = 2


class NetworkError(AppError):
    code = 3


class TimeoutError_(NetworkError):
    code = 4


def risky(kind):
    if kind == "config":
        raise ConfigError("missing key", detail="db.host")
    if kind == "timeout":
        raise TimeoutError_("took too long")
    if kind == "key":
        return {}["nope"]
    if kind == "zero":
        return 1 / 0
    return "ok"


for kind in ["ok", "config", "timeout", "key", "zero"]:
    try:
        r = risky(kind)
    except NetworkError as e:
        print("network:", e, type(e).__mro__[1].__name__)
    except AppError as e:
        print("app:", e, e.code, e.args)
    except (KeyError, ZeroDivisionError) as e:
        print("builtin:", type(e).__name__, repr(e))
    else:
        print("result:", r)
    finally:
        print("-- done", kind)


def wrap():
    try:
        risky("zero")
    except ZeroDivisionError as e:
        raise ConfigError("bad ratio") from e


try:
    wrap()
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

e = AppError("x")
e.add_note("note one")
print(e.__notes__, isinstance(e, Exception), AppError.__bases__)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


for x in gen():
    print(x)
    break
print(sys.exc_info()[0])
raise NetworkError("fatal", detail="exit now")
