"""BaseExceptionGroup, ExceptionGroup and the run-time half of `except*`.

pyaot imports this module implicitly into a program that uses `except*`
or names ExceptionGroup/BaseExceptionGroup; importing it installs both
classes in the builtins namespace. The behaviour follows CPython 3.11's
Objects/exceptions.c (constructor checks, split/subgroup/derive, str)
and Python/ceval.c's `except*` matching and re-raising
(`exception_group_match`, `_PyExc_PrepReraiseStar`).
"""

import builtins as _builtins


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(
        isinstance(c, type) and issubclass(c, BaseException) for c in condition
    ):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError(
        "expected a function, exception type or tuple of exception types"
    )


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError(
                "BaseExceptionGroup.__new__() argument 1 must be str, not %s"
                % type(message).__name__
            )
        if not hasattr(exceptions, "__getitem__") or not hasattr(exceptions, "__len__") or isinstance(exceptions, (str, dict)):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError(
                "second argument (exceptions) must be a non-empty sequence"
            )
        nested_base = False
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(
                    "Item %d of second argument (exceptions) is not an exception" % i
                )
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and nested_base:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError(
                "Cannot nest BaseExceptions in '%s'" % cls.__name__
            )
        self = BaseException.__new__(cls, message, exceptions)
        self._eg_message = message
        self._eg_exceptions = excs
        return self

    def __init__(self, message, exceptions):
        BaseException.__init__(self, message, exceptions)

    @property
    def message(self):
        return self._eg_message

    @property
    def exceptions(self):
        return self._eg_exceptions

    def __str__(self):
        n = len(self._eg_exceptions)
        return "%s (%d sub-exception%s)" % (
            self._eg_message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._eg_message, excs)

    def _derive_with_metadata(self, excs):
        eg = self.derive(excs)
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        eg.__suppress_context__ = self.__suppress_context__
        eg.__traceback__ = self.__traceback__
        notes = getattr(self, "__notes__", None)
        if notes is not None:
            eg.__notes__ = notes
        return eg

    def _split(self, match):
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._eg_exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        m = self._derive_with_metadata(matched) if matched else None
        r = self._derive_with_metadata(rest) if rest else None
        return m, r

    def split(self, condition):
        return self._split(_matcher(condition))

    def subgroup(self, condition):
        return self._split(_matcher(condition))[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


_builtins.BaseExceptionGroup = BaseExceptionGroup
_builtins.ExceptionGroup = ExceptionGroup


def _leaves(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, out)
    else:
        out.add(id(exc))


class _Star:
    """The state of one `except*` statement handling exception `orig`."""

    def __init__(self, orig):
        self.orig = orig
        self.rest = orig
        self.raised = []
        self.matched = []
        # The clause raises its match to handle it, which sets the
        # match's __context__ and extends its traceback; result()
        # restores both.
        self.contexts = []

    def match(self, types):
        """The part of the unhandled exceptions matching the clause's
        `types` (None if nothing matches); the rest stays unhandled."""
        _matcher(types)
        ts = types if isinstance(types, tuple) else (types,)
        for t in ts:
            if issubclass(t, BaseExceptionGroup):
                raise TypeError(
                    "catching ExceptionGroup with except* is not allowed. "
                    "Use except instead.")
        rest = self.rest
        if rest is None:
            return None
        if not isinstance(rest, BaseExceptionGroup):
            if isinstance(rest, types):
                self.rest = None
                wrapped = BaseExceptionGroup("", (rest,))
                self.matched.append(wrapped)
                self.matched.append(rest)
                self.contexts.append((wrapped, wrapped.__context__, wrapped.__traceback__))
                return wrapped
            return None
        m, r = rest.split(types)
        self.rest = r
        if m is not None:
            self.matched.append(m)
            self.contexts.append((m, m.__context__, m.__traceback__))
        return m

    def handler_raised(self, exc):
        self.raised.append(exc)

    def result(self):
        """The exception to raise after the last clause (None: all were
        handled)."""
        for m, ctx, tb in self.contexts:
            m.__context__ = ctx
            m.__traceback__ = tb
        orig = self.orig
        excs = list(self.raised)
        if self.rest is not None:
            excs.append(self.rest)
        if not excs:
            return None
        if not isinstance(orig, BaseExceptionGroup):
            return excs[0]
        raised, reraised = [], []
        for e in excs:
            if e is self.rest or any(e is m for m in self.matched):
                reraised.append(e)
            else:
                raised.append(e)
        reraised_eg = None
        if reraised:
            keep = set()
            for e in reraised:
                _leaves(e, keep)
            everything = set()
            _leaves(orig, everything)
            if keep == everything:
                reraised_eg = orig
            else:
                reraised_eg = orig._split(lambda e: id(e) in keep)[0]
        if not raised:
            return reraised_eg
        if reraised_eg is not None:
            raised.append(reraised_eg)
        if len(raised) == 1:
            return raised[0]
        return ExceptionGroup("", raised)
