"""atexit for pyaot: register functions the runtime calls when the main
module finishes (normally, by sys.exit or by an uncaught exception), last
registered first. As in CPython, an exception in a callback is reported on
stderr ("Exception ignored in atexit callback") and the others still run."""

import sys

_exithandlers = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    import traceback
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            sys.stdout.flush()
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            traceback.print_exception(type(e), e, e.__traceback__, file=sys.stderr)
