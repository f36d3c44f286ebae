# An application exception hierarchy and handler ordering
class AppError(Exception):
    code = 1
class ConfigError(AppError):
    code = 2
class MissingKey(ConfigError, KeyError):
    code = 3
class NetworkError(AppError):
    code = 10
class RetryableError(NetworkError):
    code = 11

def handle(exc):
    try:
        raise exc
    except MissingKey as e:
        return f"missing key {e.args[0]!r} (code {e.code})"
    except ConfigError as e:
        return f"config problem: {e} (code {e.code})"
    except RetryableError as e:
        return f"retry later: {e}"
    except AppError as e:
        return f"app error {type(e).__name__}: {e} (code {e.code})"
    except KeyError as e:
        return f"plain KeyError {e}"

for exc in [MissingKey("db_url"), ConfigError("bad value"), RetryableError("timeout"),
            NetworkError("unreachable"), AppError("generic"), KeyError("k")]:
    print(handle(exc))

print([k.__name__ for k in MissingKey.__mro__])
try:
    {}["x"]
except AppError:
    print("wrong")
except LookupError as e:
    print("LookupError", repr(e))
try:
    raise MissingKey("port")
except KeyError as e:
    print("caught MissingKey as KeyError:", e, isinstance(e, AppError))

errors = []
for i in range(6):
    try:
        if i % 3 == 0:
            raise ConfigError(f"c{i}")
        elif i % 3 == 1:
            raise RetryableError(f"r{i}")
        else:
            raise ValueError(f"v{i}")
    except AppError as e:
        errors.append((type(e).__name__, e.code, str(e)))
    except Exception as e:
        errors.append((type(e).__name__, None, str(e)))
for row in errors:
    print(row)
print(sorted({code for _, code, _ in errors if code is not None}))
