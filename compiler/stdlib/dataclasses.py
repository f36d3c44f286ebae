"""dataclasses for pyaot: CPython 3.11's dataclasses without exec().

CPython generates __init__, __repr__, __eq__ and friends as source text and
exec()s it; pyaot has no exec, so the methods here are closures over the
field list. __init__ accepts *args/**kwargs and binds them to the fields
with the messages CPython's argument binding produces, so programs see the
same behaviour and errors.
"""

import copy as _copy_mod

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class mappingproxy:
    """A read-only view of a dict (field metadata)."""
    __module__ = 'builtins'

    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def __eq__(self, other):
        return self._d == other

    def __repr__(self):
        return 'mappingproxy(' + repr(self._d) + ')'

    def __str__(self):
        return str(self._d)


_EMPTY_METADATA = mappingproxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else
                         mappingproxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_of(obj, flds):
    return tuple([getattr(obj, f.name) for f in flds])


def _names_list(names):
    # CPython's missing-argument list: 'a', 'a' and 'b', 'a', 'b', and 'c'.
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + ' and ' + names[1]
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _bind_init(qualname, std, kw_only, args, kwargs):
    """Bind (args, kwargs) to the parameters of a generated __init__:
    `std` positional-or-keyword fields, then `kw_only` keyword-only ones.
    Returns {name: value} for the parameters given; raises CPython's
    TypeErrors."""
    values = {}
    nstd = len(std)
    nargs = len(args)
    for i in range(min(nargs, nstd)):
        values[std[i].name] = args[i]
    if kwargs:
        names = {}
        for f in std:
            names[f.name] = True
        for f in kw_only:
            names[f.name] = True
        for k in kwargs:
            if k not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{k}'")
            values[k] = kwargs[k]
    if nargs > nstd:
        ndefault = 0
        for f in std:
            if f.default is not MISSING or f.default_factory is not MISSING:
                ndefault += 1
        if ndefault:
            sig = f'from {nstd - ndefault + 1} to {nstd + 1}'
            plural = True
        else:
            sig = str(nstd + 1)
            plural = nstd + 1 != 1
        given = nargs + 1
        kwonly_given = 0
        for f in kw_only:
            if f.name in values:
                kwonly_given += 1
        kwonly_sig = ''
        if kwonly_given:
            kwonly_sig = (' positional argument%s (and %d keyword-only argument%s)'
                          % ('s' if given != 1 else '', kwonly_given,
                             's' if kwonly_given != 1 else ''))
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                        % (qualname, sig, 's' if plural else '', given, kwonly_sig,
                           'was' if given == 1 and not kwonly_given else 'were'))
    missing = [f.name for f in std
               if f.name not in values and f.default is MISSING
               and f.default_factory is MISSING]
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), 's' if len(missing) != 1 else '',
                           _names_list(missing)))
    missing = [f.name for f in kw_only
               if f.name not in values and f.default is MISSING
               and f.default_factory is MISSING]
    if missing:
        raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                        % (qualname, len(missing), 's' if len(missing) != 1 else '',
                           _names_list(missing)))
    return values


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    for_init = [f for f in fields if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    seen_default = False
    for f in std_fields:
        if not (f.default is MISSING and f.default_factory is MISSING):
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    qualname = cls.__qualname__ + '.__init__'
    std = tuple(std_fields)
    kwo = tuple(kw_only_fields)

    # The common call: every positional field given positionally, no
    # keywords. Then each init field takes args[i] directly.
    simple = (not kwo and
              all(f.init and f._field_type is _FIELD for f in for_init))
    setter = object.__setattr__ if frozen else setattr
    names = tuple(f.name for f in std)
    nstd = len(std)
    nreq = 0
    for f in std:
        if f.default is MISSING and f.default_factory is MISSING:
            nreq += 1
    defaults = tuple(f.default for f in std)
    factories = tuple(f.default_factory for f in std)

    def __init__(self, *args, **kwargs):
        n = len(args)
        if simple and not kwargs and nreq <= n <= nstd:
            i = 0
            for name in names:
                if i < n:
                    setter(self, name, args[i])
                elif factories[i] is not MISSING:
                    setter(self, name, factories[i]())
                else:
                    setter(self, name, defaults[i])
                i += 1
            if has_post_init:
                self.__post_init__()
            return
        values = _bind_init(qualname, std, kwo, args, kwargs)
        initvars = []
        for f in for_init:
            name = f.name
            if f.default_factory is not MISSING:
                if f.init and name in values:
                    value = values[name]
                else:
                    value = f.default_factory()
            elif f.init:
                if name in values:
                    value = values[name]
                else:
                    value = f.default
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                initvars.append(value)
            elif frozen:
                object.__setattr__(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*initvars)
    return __init__


_repr_running = set()


def _make_repr(fields):
    flds = [f for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{f.name}={getattr(self, f.name)!r}' for f in flds]
            return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
        finally:
            _repr_running.discard(key)
    return __repr__


def _make_eq(fields):
    flds = [f for f in fields if f.compare]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) == _tuple_of(other, flds)
        return NotImplemented
    return __eq__


def _make_order(fields):
    flds = [f for f in fields if f.compare]

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) < _tuple_of(other, flds)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) <= _tuple_of(other, flds)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) > _tuple_of(other, flds)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) >= _tuple_of(other, flds)
        return NotImplemented
    return [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__),
            ('__ge__', __ge__)]


def _make_hash(fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple_of(self, flds))
    return __hash__


def _make_frozen(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_qualname(cls, value):
    if callable(value) and hasattr(value, '__qualname__'):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _annotation_text(a):
    if isinstance(a, str):
        return a.strip()
    return None


def _is_classvar(a):
    t = _annotation_text(a)
    if t is not None:
        return (t == 'ClassVar' or t.startswith('ClassVar[') or
                t == 'typing.ClassVar' or t.startswith('typing.ClassVar['))
    return (getattr(a, '_name', None) == 'ClassVar' and
            type(a).__module__ == 'typing')


def _is_initvar(a):
    t = _annotation_text(a)
    if t is not None:
        return (t == 'InitVar' or t.startswith('InitVar[') or
                t == 'dataclasses.InitVar' or t.startswith('dataclasses.InitVar['))
    return a is InitVar or isinstance(a, InitVar)


def _is_kw_only(a):
    t = _annotation_text(a)
    if t is not None:
        return t == 'KW_ONLY' or t == 'dataclasses.KW_ONLY'
    return a is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _unhashable(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _unhashable(v):
    # list, dict, set and bytearray are spelled out: their __hash__ may not
    # read as None on pyaot.
    return (v.__class__.__hash__ is None or
            isinstance(v, (list, dict, set, bytearray)))


_hash_actions = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): 'none',
    (False, True, False, True): None,
    (False, True, True, False): 'add',
    (False, True, True, True): None,
    (True, False, False, False): 'add',
    (True, False, False, True): 'error',
    (True, False, True, False): 'add',
    (True, False, True, True): 'error',
    (True, True, False, False): 'add',
    (True, True, False, True): 'error',
    (True, True, True, False): 'add',
    (True, True, True, True): 'error',
}


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type in cls_annotations.items():
        if _is_kw_only(type):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, std_init_fields,
                                      kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(field_list))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(field_list))

    if order:
        for name, fn in _make_order(field_list):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _make_frozen(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    action = _hash_actions[(bool(unsafe_hash), bool(eq), bool(frozen),
                            has_explicit_hash)]
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        cls.__hash__ = _set_qualname(cls, _make_hash(field_list))
    elif action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ '
                        f'in class {cls.__name__}')

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(std_init_fields,
                                                     kw_only_init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen)

    return cls


def _type_text(t):
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return t.__module__ + '.' + t.__qualname__
    if isinstance(t, str):
        return t
    return repr(t).replace('typing.', '')


def _signature_text(std, kw_only):
    parts = []
    for f in std:
        parts.append(_param_text(f))
    if kw_only:
        parts.append('*')
        for f in kw_only:
            parts.append(_param_text(f))
    return '(' + ', '.join(parts) + ')'


def _param_text(f):
    s = f'{f.name}: {_type_text(f.type)}'
    if f.default_factory is not MISSING:
        s += ' = <factory>'
    elif f.default is not MISSING:
        s += f' = {f.default!r}'
    return s


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict['__slots__'] = field_names
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _copy_mod.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _copy_mod.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
