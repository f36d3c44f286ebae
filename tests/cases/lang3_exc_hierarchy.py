# Custom exception hierarchies with extra attributes, catching by base, args/str/repr
class AppError(Exception):
    """Base of the application's errors."""
    def __init__(self, message, *, code=1):
        super().__init__(message)
        self.code = code

class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(f"config key {key!r}: {problem}", code=2)
        self.key = key

class NetworkError(AppError):
    pass

class TimeoutError_(NetworkError):
    def __str__(self):
        return f"timed out ({self.args[0]})"

errors = [ConfigError("port", "not a number"), NetworkError("down", code=7), TimeoutError_("5s"), AppError("generic")]
for err in errors:
    try:
        raise err
    except ConfigError as e:
        print("config:", e, e.key, e.code)
    except NetworkError as e:
        print("network:", type(e).__name__, e, e.code, repr(e))
    except AppError as e:
        print("app:", e, e.code, e.args)

print([c.__name__ for c in TimeoutError_.__mro__])
print(AppError.__doc__, issubclass(ConfigError, Exception), isinstance(errors[0], AppError))

class WithArgs(Exception):
    pass
e = WithArgs("a", 2, [3])
print(e.args, str(e), repr(e), len(e.args))
print(str(WithArgs()), repr(WithArgs()), repr(WithArgs("one")))

class Validation(ValueError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
        super().__init__(field, value)
    def __str__(self):
        return f"invalid {self.field}={self.value!r}"
try:
    int("x")
except ValueError as base:
    print("plain ValueError:", base)
try:
    raise Validation("age", -1)
except ValueError as v:
    print(v, v.args, isinstance(v, Validation))

def risky(kind):
    if kind == 1:
        raise KeyError("missing")
    if kind == 2:
        raise IndexError("out")
    if kind == 3:
        raise ZeroDivisionError("zero")
    return "ok"
for k in range(4):
    try:
        print(risky(k))
    except (KeyError, IndexError) as e:
        print("lookup problem:", type(e).__name__, e)
    except ArithmeticError as e:
        print("math problem:", e)
    else:
        print("no error for", k)
    finally:
        print("finally", k)

e = ValueError("x")
e.extra = "attached"
print(e.extra, vars(e))
print(isinstance(KeyError(), LookupError), issubclass(UnicodeDecodeError, ValueError))
print(BaseException.__subclasses__ is not None, Exception.__bases__, KeyboardInterrupt.__mro__)
