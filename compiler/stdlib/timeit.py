"""timeit for pyaot: Timer, timeit() and repeat() as in CPython 3.11's
Lib/timeit.py (PSF licence) for callables. pyaot compiles programs ahead
of time and has no exec(), so a statement or setup given as a string must
be "pass" (or empty); other source strings raise ValueError."""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _noop():
    pass


def _callable(code, what):
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() in ("", "pass"):
            return _noop
        raise ValueError("pyaot: timeit cannot compile a %s given as source text; "
                         "pass a callable" % what)
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _callable(stmt, "stmt")
        self._setup = _callable(setup, "setup")

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        self._setup()
        stmt = self._stmt
        timer = self.timer
        t0 = timer()
        for _ in range(number):
            stmt()
        return timer() - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        r = []
        for i in range(repeat):
            r.append(self.timeit(number))
        return r

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
