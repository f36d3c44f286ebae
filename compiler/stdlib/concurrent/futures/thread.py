"""Executors for pyaot: each submitted call runs to completion inside
submit(), in the context of the executor's (single) worker thread, and
its Future is returned already finished."""

import itertools
import os
import threading

from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._shutdown = False
        self._broken = False
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        self._worker = None

    def _enter_worker(self):
        if self._worker is None:
            t = threading.Thread(name="%s_%d" % (self._thread_name_prefix, 0))
            t._started = True
            t._ident = 100 + threading._counter_ident()
            self._worker = t
            if self._initializer is not None:
                prev = threading._current
                threading._current = t
                try:
                    self._initializer(*self._initargs)
                except BaseException:
                    _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                    self._broken = ('A thread initializer failed, the thread pool '
                                    'is not usable anymore')
                finally:
                    threading._current = prev
        return self._worker

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        worker = self._enter_worker()
        if self._broken:
            raise BrokenThreadPool(self._broken)
        f = _base.Future()
        if not f.set_running_or_notify_cancel():
            return f
        prev = threading._current
        threading._current = worker
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
        else:
            f.set_result(result)
        finally:
            threading._current = prev
        return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
    shutdown.__doc__ = _base.Executor.shutdown.__doc__


class ProcessPoolExecutor(ThreadPoolExecutor):
    """Runs calls in this process, one at a time, like ThreadPoolExecutor."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor.__init__(self, max_workers, "", initializer, initargs)
