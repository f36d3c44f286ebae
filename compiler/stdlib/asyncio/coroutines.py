"""iscoroutinefunction and iscoroutine (adapted from CPython 3.11's
Lib/asyncio/coroutines.py, PSF licence). A function is a coroutine function
when its code has CO_COROUTINE set."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

# A marker for iscoroutinefunction.
_is_coroutine = object()

_CO_COROUTINE = 0x80


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    while hasattr(func, '__func__'):
        func = func.__func__
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


async def _coro():
    pass


_c = _coro()
CoroutineType = type(_c)
_c.close()
del _c


def _gen():
    yield


GeneratorType = type(_gen())


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if isinstance(obj, (CoroutineType, GeneratorType)):
        return True
    t = type(obj)
    return (hasattr(t, 'send') and hasattr(t, 'throw') and hasattr(t, 'close')
            and hasattr(t, '__await__'))


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        name = f'<{type(coro).__name__} without __name__>'
    if getattr(coro, 'cr_frame', None) is not None:
        return f'{name}() running'
    return f'{name}() done'
