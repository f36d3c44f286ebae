"""concurrent.futures for pyaot: CPython 3.11's Future, wait() and
as_completed() (Lib/concurrent/futures/_base.py, PSF licence) with
executors that run each submitted call to completion inside submit(), as
pyaot runs one thread at a time (see threading). Results, exceptions,
map() order and callbacks behave as in CPython; as_completed() yields in
submission order, which is one of the orders CPython can produce."""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)
from concurrent.futures.thread import ThreadPoolExecutor, ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)
