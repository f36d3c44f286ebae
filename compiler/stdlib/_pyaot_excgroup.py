"""BaseExceptionGroup and ExceptionGroup (PEP 654) and the run-time
support of `except*`, after CPython 3.11's Objects/exceptions.c
(exceptiongroup_split_recursive, _PyExc_PrepReraiseStar) and
Python/ceval.c (CHECK_EG_MATCH). The compiler imports this module first
in programs that mention exception groups or use `except*`; it installs
the two classes as builtins."""


def _is_group_type(t):
    return isinstance(t, type) and issubclass(t, BaseExceptionGroup)


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(f"{cls.__name__}() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError(
                f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)")
        message, excs = args
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                            + type(message).__name__)
        if isinstance(excs, (set, frozenset, dict)) or not hasattr(excs, "__getitem__") \
                or not hasattr(excs, "__len__"):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs_t = tuple(excs)
        if not excs_t:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        for i, e in enumerate(excs_t):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception):
            if nested_base:
                if cls is ExceptionGroup:
                    raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
                raise TypeError(
                    f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls, message, excs)
        __pyaot_exc_group_init__(self, message, excs_t)
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def message(self):
        return __pyaot_exc_group_get__(self, 0)

    @property
    def exceptions(self):
        return __pyaot_exc_group_get__(self, 1)

    def __str__(self):
        n = len(self.exceptions)
        return f"{self.message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self.message, excs)

    def _derive_with_meta(self, excs):
        eg = self.derive(excs)
        if not isinstance(eg, BaseExceptionGroup):
            raise TypeError("derive must return an instance of BaseExceptionGroup")
        __pyaot_copy_exc_meta__(self, eg)
        notes = getattr(self, "__notes__", None)
        if notes is not None and hasattr(notes, "__getitem__") and not isinstance(notes, str):
            eg.__notes__ = list(notes)
        return eg

    def split(self, *args):
        if len(args) != 1:
            raise TypeError(f"split() takes exactly one argument ({len(args)} given)")
        match = _matcher(args[0])
        return _split(self, match, True)

    def subgroup(self, *args):
        if len(args) != 1:
            raise TypeError(f"subgroup() takes exactly one argument ({len(args)} given)")
        match = _matcher(args[0])
        return _split(self, match, False)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


def _matcher(value):
    if isinstance(value, type) and issubclass(value, BaseException):
        return lambda e: isinstance(e, value)
    if isinstance(value, tuple) and all(
            isinstance(t, type) and issubclass(t, BaseException) for t in value):
        return lambda e: isinstance(e, value)
    if callable(value) and not isinstance(value, type):
        return value
    raise TypeError("expected a function, exception type or tuple of exception types")


def _split(eg, match, construct_rest):
    """exceptiongroup_split_recursive: (match, rest) of `eg`."""
    if match(eg):
        return eg, None
    if not isinstance(eg, BaseExceptionGroup):
        return None, eg
    matched = []
    rest = []
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            m, r = _split(e, match, construct_rest)
            if m is not None:
                matched.append(m)
            if r is not None:
                rest.append(r)
        elif match(e):
            matched.append(e)
        elif construct_rest:
            rest.append(e)
    m = eg._derive_with_meta(matched) if matched else None
    r = eg._derive_with_meta(rest) if construct_rest and rest else None
    return m, r


def _leaf_ids(e, ids):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaf_ids(x, ids)
    else:
        ids.add(id(e))


class _StarState:
    """One `except*` statement's handling of exception `orig`."""

    def __init__(self, orig):
        self.orig = orig
        self.rest = orig
        self.raised = []

    def match(self, typ):
        # CHECK_EG_MATCH: the type must be an exception class (or a tuple
        # of them) and not an exception group.
        types = typ if isinstance(typ, tuple) else (typ,)
        for t in types:
            if not (isinstance(t, type) and issubclass(t, BaseException)):
                raise TypeError(
                    "catching classes that do not inherit from BaseException is not allowed")
            if issubclass(t, BaseExceptionGroup):
                raise TypeError(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.")
        exc = self.rest
        if exc is None:
            return None
        if isinstance(exc, typ):
            if isinstance(exc, BaseExceptionGroup):
                m = exc
            else:
                # A naked exception is wrapped, keeping its traceback.
                m = BaseExceptionGroup("", (exc,))
                __pyaot_copy_tb__(exc, m)
            self.rest = None
            return m
        if isinstance(exc, BaseExceptionGroup):
            m, r = exc.split(typ)
            self.rest = r
            return m
        return None

    def add_raised(self, e):
        self.raised.append(e)

    def finish(self):
        """_PyExc_PrepReraiseStar: the exception to raise, or None."""
        excs = self.raised + [self.rest]
        orig = self.orig
        if not isinstance(orig, BaseExceptionGroup):
            for e in excs:
                if e is not None:
                    return e
            return None
        raised = []
        reraised = []
        for e in excs:
            if e is None:
                continue
            if __pyaot_same_exc_meta__(e, orig):
                reraised.append(e)
            else:
                raised.append(e)
        reraised_eg = None
        if reraised:
            ids = set()
            for e in reraised:
                _leaf_ids(e, ids)
            reraised_eg = _split(orig, lambda x: id(x) in ids, False)[0]
        if not raised:
            return reraised_eg
        if reraised_eg is not None:
            raised.append(reraised_eg)
        if len(raised) == 1:
            return raised[0]
        return ExceptionGroup("", raised)


__pyaot_set_builtin__("BaseExceptionGroup", BaseExceptionGroup)
__pyaot_set_builtin__("ExceptionGroup", ExceptionGroup)
__pyaot_set_builtin__("__pyaot_star_state__", _StarState)
