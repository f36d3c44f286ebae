"""Formatting and printing exceptions: pyaot's subset of CPython's
traceback module (format_exc, print_exc, format_exception,
print_exception, format_exception_only). The text comes from the runtime's
own traceback printer, so it matches what an uncaught exception prints."""

import sys


def _exception(exc, value):
    # Both the 3.10+ form f(exc) and the legacy form f(type, value, tb).
    if isinstance(exc, BaseException):
        return exc
    if value is not None:
        return value
    return None


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    e = _exception(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    text = __pyaot_format_exception__(e, bool(chain), True)
    return text.splitlines(True)


def format_exception_only(exc, value=None):
    e = _exception(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    name = type(e).__qualname__
    module = type(e).__module__
    if module not in ("builtins", "__main__"):
        name = module + "." + name
    s = str(e)
    return [f"{name}: {s}\n" if s else f"{name}\n"]


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)
