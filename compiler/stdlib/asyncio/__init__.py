"""The asyncio package for pyaot: CPython 3.11's asyncio (futures, tasks,
locks, queues, timeouts, task groups, runners; mostly CPython's own
sources) on a small single-threaded event loop (`events.py`) that keeps
CPython's scheduling order. No sockets, streams, subprocesses or threads.
"""

import sys

from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .runners import *
from .queues import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .events import BaseEventLoop, SelectorEventLoop

__all__ = (coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           runners.__all__ +
           queues.__all__ +
           tasks.__all__ +
           tuple(taskgroups.__all__) +
           timeouts.__all__)
