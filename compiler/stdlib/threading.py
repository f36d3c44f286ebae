"""threading for pyaot: CPython's threading API for a runtime that runs one
thread at a time.

Thread.start() runs the thread's run() to completion at once, in the
calling thread (CPython usually lets a short new thread run before the
starting thread continues, so output order matches for threads that do not
wait on each other). Locks, conditions, events, semaphores and barriers keep
their bookkeeping and error messages; an operation that would have to wait
for another thread raises RuntimeError instead of hanging, since no other
thread can ever make progress while it waits. Exceptions escaping a
thread's run() are reported on stderr like CPython's excepthook does.
"""

import sys as _sys
import time as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_counter = 0
_current = None
_main = None
_active = []


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


def _would_block(what):
    raise RuntimeError("pyaot runs one thread at a time: %s would wait forever" % what)


class Lock:
    """A primitive lock (CPython's _thread.lock)."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if self._locked:
            if not blocking or timeout >= 0:
                if timeout > 0:
                    _time.sleep(timeout)
                return False
            _would_block("acquiring a held lock")
        self._locked = True
        return True

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s %s object at %s>" % ("locked" if self._locked else "unlocked",
                                         "_thread.lock", hex(id(self)))


class RLock:
    """A reentrant lock."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._count:
            if not blocking or timeout >= 0:
                return False
            _would_block("acquiring a held RLock")
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _at_fork_reinit(self):
        self._owner = None
        self._count = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._count else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            self._owner, self._count, hex(id(self)))


_allocate_lock = Lock
_CRLock = None
_PyRLock = RLock


class Condition:
    """A condition variable."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, self._waiters)

    def _is_owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._is_owned()
        return self._lock.locked()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            _would_block("Condition.wait()")
        if timeout > 0:
            _time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            _would_block("Condition.wait_for()")
        if timeout > 0:
            _time.sleep(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    """A counting semaphore."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (self.__class__.__module__,
                                            self.__class__.__qualname__,
                                            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value == 0:
            if not blocking or timeout is not None:
                return False
            _would_block("acquiring a semaphore")
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that checks that its value never exceeds the initial one."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """An event flag."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %s: %s>" % (self.__class__.__module__,
                                      self.__class__.__qualname__,
                                      hex(id(self)), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _would_block("Event.wait()")
        if timeout > 0:
            _time.sleep(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier for `parties` threads (only a barrier of one can be passed)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties != 1:
            _would_block("Barrier.wait()")
        if self._action:
            self._action()
        return 0

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


def get_ident():
    t = _current
    return t._ident if t is not None else 1


def get_native_id():
    return get_ident()


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Report an exception that escaped a thread's run(), on stderr."""
    if args.exc_type == SystemExit:
        return
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=_sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=_sys.stderr)


__excepthook__ = excepthook


class Thread:
    """A thread of control (run to completion by start())."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        global _current
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = 100 + _counter_ident()
        prev = _current
        _current = self
        _active.append(self)
        try:
            try:
                self.run()
            except BaseException as e:
                excepthook(ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            _current = prev
            _active.remove(self)
            self._is_stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


_ident_counter = 0


def _counter_ident():
    global _ident_counter
    _ident_counter += 1
    return _ident_counter


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = 1


class Timer(Thread):
    """Call a function after a number of seconds (the wait happens at start())."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def run(self):
        if not self._cancelled:
            _time.sleep(self.interval)
            if not self._cancelled:
                self.function(*self.args, **self.kwargs)
        self._cancelled = True


def current_thread():
    return _current if _current is not None else _main


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return 1 + len(_active)


activeCount = active_count


def enumerate():
    return [_main] + list(_active)


class local:
    """Thread-local data (one thread runs at a time, so a plain namespace)."""
    pass


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return 0


_main = _MainThread()
