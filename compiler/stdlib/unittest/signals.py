"""unittest.signals for pyaot: Ctrl-C handling is not supported, so these
are the no-op forms of CPython's functions."""

_interrupt_handler = None


def registerResult(result):
    pass


def removeResult(result):
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
