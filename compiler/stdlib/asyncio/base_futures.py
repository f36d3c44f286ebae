"""Helpers shared by Future and Task (adapted from CPython 3.11's
Lib/asyncio/base_futures.py, PSF licence): the states and the repr.
Callbacks show as their qualified name, without source locations."""

__all__ = ()

# States for Future.
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Check for a Future.

    This returns True when obj is a Future instance or is advertising
    itself as duck-type compatible by setting _asyncio_future_blocking.
    See comment in Future for more details.
    """
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _short_repr(obj):
    """reprlib.repr for the common cases (long strings are abbreviated)."""
    s = repr(obj)
    if isinstance(obj, str) and len(s) > 30:
        i = max(0, (30 - 3) // 2)
        j = max(0, 30 - 3 - i)
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def _format_callback(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    if name is None:
        return repr(cb)
    return f'{name}()'


def _format_callbacks(cb):
    """helper function for Future.__repr__"""
    size = len(cb)
    if not size:
        cb = ''

    if size == 1:
        cb = _format_callback(cb[0][0])
    elif size == 2:
        cb = '{}, {}'.format(_format_callback(cb[0][0]), _format_callback(cb[1][0]))
    elif size > 2:
        cb = '{}, <{} more>, {}'.format(_format_callback(cb[0][0]),
                                        size - 2,
                                        _format_callback(cb[-1][0]))
    return f'cb=[{cb}]'


def _future_repr_info(future):
    # (Future) -> str
    """helper function for Future.__repr__"""
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            result = _short_repr(future._result)
            info.append(f'result={result}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


def _future_repr(future):
    info = ' '.join(_future_repr_info(future))
    return f'<{future.__class__.__name__} {info}>'
