"""functools for pyaot: a pure-Python subset (reduce, partial, wraps, ...)."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            kw = dict(func.keywords)
            kw.update(keywords)
            keywords = kw
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append(k + "=" + repr(v))
        return "functools.partial(" + ", ".join(parts) + ")"


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    @property
    def hits(self):
        return self[0]

    @property
    def misses(self):
        return self[1]

    @property
    def maxsize(self):
        return self[2]

    @property
    def currsize(self):
        return self[3]

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % (self[0], self[1], self[2], self[3])


class _lru_cache_wrapper:
    def __init__(self, func, maxsize, typed=False):
        self._typed = typed
        self.__wrapped__ = func
        self._func = func
        self._maxsize = maxsize
        self._cache = {}
        self._hits = 0
        self._misses = 0
        for attr in WRAPPER_ASSIGNMENTS:
            try:
                setattr(self, attr, getattr(func, attr))
            except AttributeError:
                pass

    def __call__(self, *args, **kwargs):
        key = args
        if kwargs:
            key = (args, tuple(sorted(kwargs.items())))
        if self._typed:
            key = (key, tuple(type(a) for a in args))
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        self._misses += 1
        result = self._func(*args, **kwargs)
        if self._maxsize is None or self._maxsize > 0:
            cache[key] = result
            if self._maxsize is not None and len(cache) > self._maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _BoundCached(self, obj)


class _BoundCached:
    def __init__(self, wrapper, obj):
        self.__func__ = wrapper
        self.__self__ = obj

    def __call__(self, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.__func__, name)


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return _lru_cache_wrapper(maxsize, 128)
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _lru_cache_wrapper(user_function, None)


def total_ordering(cls):
    d = cls.__dict__
    if '__lt__' in d and d['__lt__'] is not None:
        def __gt__(self, other):
            r = self.__lt__(other)
            if r is NotImplemented:
                return r
            return not r and self != other

        def __le__(self, other):
            r = self.__lt__(other)
            if r is NotImplemented:
                return r
            return r or self == other

        def __ge__(self, other):
            r = self.__lt__(other)
            if r is NotImplemented:
                return r
            return not r
        new = {'__gt__': __gt__, '__le__': __le__, '__ge__': __ge__}
    elif '__le__' in d:
        def __ge__(self, other):
            r = self.__le__(other)
            if r is NotImplemented:
                return r
            return not r or self == other

        def __lt__(self, other):
            r = self.__le__(other)
            if r is NotImplemented:
                return r
            return r and self != other

        def __gt__(self, other):
            r = self.__le__(other)
            if r is NotImplemented:
                return r
            return not r
        new = {'__ge__': __ge__, '__lt__': __lt__, '__gt__': __gt__}
    elif '__gt__' in d:
        def __lt__(self, other):
            r = self.__gt__(other)
            if r is NotImplemented:
                return r
            return not r and self != other

        def __ge__(self, other):
            r = self.__gt__(other)
            if r is NotImplemented:
                return r
            return r or self == other

        def __le__(self, other):
            r = self.__gt__(other)
            if r is NotImplemented:
                return r
            return not r
        new = {'__lt__': __lt__, '__ge__': __ge__, '__le__': __le__}
    elif '__ge__' in d:
        def __le__(self, other):
            r = self.__ge__(other)
            if r is NotImplemented:
                return r
            return (not r) or self == other

        def __gt__(self, other):
            r = self.__ge__(other)
            if r is NotImplemented:
                return r
            return r and self != other

        def __lt__(self, other):
            r = self.__ge__(other)
            if r is NotImplemented:
                return r
            return not r
        new = {'__le__': __le__, '__gt__': __gt__, '__lt__': __lt__}
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, fn in new.items():
        if name not in d:
            setattr(cls, name, fn)
    return cls


def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            name = self.func.__name__
        cache = instance.__dict__
        val = cache.get(name, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[name] = val
        return val


def singledispatch(func):
    registry = {}
    registry[object] = func

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry and klass is not object:
                return registry[klass]
        # Implementations registered for ABCs (virtual base classes): the
        # most specific one that cls is a subclass of.
        match = None
        for klass in registry:
            if klass is object or not issubclass(cls, klass):
                continue
            if match is None or issubclass(klass, match):
                match = klass
        if match is not None:
            return registry[match]
        return registry[object]

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                def deco(fn):
                    registry[cls] = fn
                    return fn
                return deco
            fn = cls
            ann = getattr(fn, '__annotations__', {})
            for name, typ in ann.items():
                if name != 'return':
                    registry[typ] = fn
                    return fn
            raise TypeError('Invalid first argument to `register()`')
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(type(args[0]))(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


GenericAlias = type(list[int])


def get_cache_token():
    from abc import get_cache_token
    return get_cache_token()


def recursive_repr(fillvalue='...'):
    """Decorator to make a repr function return fillvalue for a recursive call"""

    def decorating_function(user_function):
        repr_running = set()

        def wrapper(self):
            key = id(self)
            if key in repr_running:
                return fillvalue
            repr_running.add(key)
            try:
                result = user_function(self)
            finally:
                repr_running.discard(key)
            return result

        # Can't use functools.wraps() here because of bootstrap issues
        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        return wrapper

    return decorating_function


class _MethodProbe:
    def _m(self):
        pass


_MethodType = type(_MethodProbe()._m)


class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor"
                                 .format(func))

        # func could be a descriptor like classmethod which isn't callable,
        # so we can't inherit from partial (it verifies func is callable)
        if isinstance(func, partialmethod):
            # flattening is mandatory in order to place cls/self before all
            # other arguments
            # it's also more efficient since only one function will be called
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v)
                                 for k, v in self.keywords.items())
        format_string = "{module}.{cls}({func}, {args}, {keywords})"
        return format_string.format(module=self.__class__.__module__,
                                    cls=self.__class__.__qualname__,
                                    func=self.func,
                                    args=args,
                                    keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        func = self.func
        if isinstance(func, staticmethod):
            return partial(func.__func__, *self.args, **self.keywords)
        if isinstance(func, classmethod):
            owner = cls if cls is not None else type(obj)
            return partial(_MethodType(func.__func__, owner),
                           *self.args, **self.keywords)
        if obj is None:
            return self._make_unbound_method()
        return partial(_MethodType(func, obj), *self.args, **self.keywords)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")

        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, f=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            if isinstance(method, staticmethod):
                return method.__func__(*args, **kwargs)
            if isinstance(method, classmethod):
                owner = cls if cls is not None else type(obj)
                return method.__func__(owner, *args, **kwargs)
            if obj is None:
                return method(*args, **kwargs)
            return method(obj, *args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
