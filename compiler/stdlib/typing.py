"""typing for pyaot: the names programs use in annotations, with CPython
3.11's reprs and equality for subscripted forms (List[int],
Optional[str], Union[...] flattening), TypeVar, Generic, NamedTuple,
TypedDict, get_type_hints, get_origin and get_args.

Subscripted forms are plain objects (no isinstance() support); a generic
user class subscripted (Box[int]) is the class itself.
"""

import abc as _abc
import collections as _collections

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(p):
    if isinstance(p, type):
        if p.__module__ == "builtins":
            return p.__qualname__
        return p.__module__ + "." + p.__qualname__
    if p is ...:
        return "..."
    if isinstance(p, list):
        return "[" + ", ".join(_type_repr(a) for a in p) + "]"
    if type(p).__name__ == "function":
        return p.__name__
    return repr(p)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class _Special:
    """A bare special form or alias: Any, List, Optional, ..."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == "Union":
            return _union(params)
        if name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            return _union((params[0], None))
        if name in ("Any", "NoReturn", "Never", "Self", "LiteralString", "TypeAlias"):
            raise TypeError(f"typing.{name} is not subscriptable")
        if name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                params = (..., _type_convert(result))
            else:
                params = tuple(_type_convert(a) for a in args) + (_type_convert(result),)
            return _GenericAlias(self, params, callable_args=args is not ...)
        if name == "Literal" or name == "Annotated":
            return _GenericAlias(self, params)
        if name == "Tuple" and params == ((),):
            return _GenericAlias(self, ())
        return _GenericAlias(self, tuple(_type_convert(p) for p in params))

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return _union((self, other))

    def __ror__(self, other):
        return _union((other, self))

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name


class _GenericAlias:
    def __init__(self, origin, args, callable_args=True):
        self._special = origin
        self._name = origin._name
        self.__origin__ = origin.__origin__ if origin.__origin__ is not None else origin
        self.__args__ = args
        self._callable_args = callable_args

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self._name == "Union" and other._name == "Union":
            return set(self.__args__) == set(other.__args__)
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        if self._name == "Union":
            return hash(frozenset(self.__args__))
        return hash((self._name, self.__args__))

    def __getitem__(self, params):
        raise TypeError(f"{self!r} is not a generic class")

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if self._name in ("List", "Dict", "Set", "FrozenSet", "Tuple", "Type"):
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {origin.__name__}() instead")
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return _union((self, other))

    def __ror__(self, other):
        return _union((other, self))

    def __repr__(self):
        name = self._name
        args = self.__args__
        if name == "Union":
            if len(args) == 2 and _NoneType in args:
                other = args[0] if args[1] is _NoneType else args[1]
                return "typing.Optional[%s]" % _type_repr(other)
            return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)
        if name == "Callable" and args:
            if not self._callable_args:
                return "typing.Callable[..., %s]" % _type_repr(args[-1])
            return "typing.Callable[[%s], %s]" % (
                ", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))
        if name == "Literal":
            return "typing.Literal[%s]" % ", ".join(repr(a) for a in args)
        if name == "Annotated":
            return "typing.Annotated[%s, %s]" % (
                _type_repr(args[0]), ", ".join(repr(a) for a in args[1:]))
        if not args:
            return "typing.%s[()]" % name
        return "typing.%s[%s]" % (name, ", ".join(_type_repr(a) for a in args))


def _union(params):
    flat = []
    for p in params:
        p = _type_convert(p)
        if isinstance(p, _GenericAlias) and p._name == "Union":
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _GenericAlias(Union, tuple(flat))


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
LiteralString = _Special("LiteralString")
TypeAlias = _Special("TypeAlias")
Union = _Special("Union")
Optional = _Special("Optional")
Literal = _Special("Literal")
Final = _Special("Final")
ClassVar = _Special("ClassVar")
Annotated = _Special("Annotated")
Concatenate = _Special("Concatenate")
TypeGuard = _Special("TypeGuard")
Required = _Special("Required")
NotRequired = _Special("NotRequired")
Unpack = _Special("Unpack")
List = _Special("List", list)
Dict = _Special("Dict", dict)
Set = _Special("Set", set)
FrozenSet = _Special("FrozenSet", frozenset)
Tuple = _Special("Tuple", tuple)
Type = _Special("Type", type)
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
AbstractSet = _Special("AbstractSet")
MutableSet = _Special("MutableSet")
Collection = _Special("Collection")
Container = _Special("Container")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
Reversible = _Special("Reversible")
KeysView = _Special("KeysView")
ValuesView = _Special("ValuesView")
ItemsView = _Special("ItemsView")
MappingView = _Special("MappingView")
ContextManager = _Special("ContextManager")
Deque = _Special("Deque", _collections.deque)
DefaultDict = _Special("DefaultDict", _collections.defaultdict)
OrderedDict = _Special("OrderedDict", _collections.OrderedDict)
Counter = _Special("Counter", _collections.Counter)
ChainMap = _Special("ChainMap", _collections.ChainMap)
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AsyncIterator = _Special("AsyncIterator")
AsyncIterable = _Special("AsyncIterable")
AsyncGenerator = _Special("AsyncGenerator")
SupportsInt = _Special("SupportsInt")
SupportsFloat = _Special("SupportsFloat")
SupportsComplex = _Special("SupportsComplex")
SupportsBytes = _Special("SupportsBytes")
SupportsAbs = _Special("SupportsAbs")
SupportsRound = _Special("SupportsRound")
SupportsIndex = _Special("SupportsIndex")
Pattern = _Special("Pattern")
Match = _Special("Match")
IO = _Special("IO")
TextIO = _Special("TextIO")
BinaryIO = _Special("BinaryIO")
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_convert(c) for c in constraints)
        self.__bound__ = _type_convert(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __or__(self, other):
        return _union((self, other))

    def __ror__(self, other):
        return _union((other, self))

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class _UserGenericAlias:
    """`C[int]` for a user class C deriving from Generic: remembers the
    origin and arguments, instantiates the origin when called, and stands
    for the origin as a base class (PEP 560)."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin.__name__ == "Protocol" and origin.__module__ == "typing":
            # Generic[T] adds no base when another base already provides it.
            for b in bases:
                if b is not self and isinstance(b, type) and issubclass(b, origin):
                    return ()
                if isinstance(b, _UserGenericAlias) and b is not self \
                        and issubclass(b.__origin__, origin) and b.__origin__ is not origin:
                    return ()
        return (origin,)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return _UserGenericAlias(self.__origin__,
                                 tuple(subst.get(a, a) if isinstance(a, TypeVar) else a
                                       for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _UserGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return _union((self, other))

    def __ror__(self, other):
        return _union((other, self))

    def __repr__(self):
        args = self.__args__
        inner = ", ".join(_type_repr(a) for a in args) if args else "()"
        return "%s[%s]" % (_type_repr(self.__origin__), inner)


class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _UserGenericAlias(cls, tuple(_type_convert(p) for p in params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # The type variables of the class, in order of first appearance
        # in the subscripted bases (`class C(Base[T], Generic[K, T])`).
        params = []
        for b in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(b, _UserGenericAlias):
                for p in b.__parameters__:
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


_PROTO_SKIP = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__qualname__', '__parameters__',
    '__orig_bases__', '__init_subclass__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__classcell__',
})


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP and attr not in attrs:
                attrs.append(attr)
    return attrs


class _ProtocolMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if cls in type(instance).__mro__:
            return True
        if not cls.__dict__.get('_is_protocol', False):
            return False
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls in other.__mro__:
            return True
        if not cls.__dict__.get('_is_protocol', False):
            return False
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        for attr in _protocol_attrs(cls):
            if not any(attr in base.__dict__ for base in other.__mro__):
                return False
        return True


def _no_init_or_replace_init(self, *args, **kwargs):
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init_or_replace_init


# NamedTuple: the class statement builds a collections.namedtuple.

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace',
                         '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_convert(t) for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    nm_tpl.__new__.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields, module='__main__')


class NamedTuple(metaclass=NamedTupleMeta):
    _root = True


# TypedDict: the class is a dict subclass whose instances are plain dicts.

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(cls, name, bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        tp = super().__new__(cls, name, (dict,), ns)
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for k in own:
            if total:
                required.add(k)
            else:
                optional.add(k)
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_root', False):
            typename = args[0]
            fields = args[1] if len(args) > 1 else kwargs
            total = kwargs.get('total', True) if len(args) > 1 else True
            return _TypedDictMeta(typename, (), {'__annotations__': dict(fields),
                                                 '__module__': '__main__'}, total=total)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    if not issubclass(type(cls), _ProtocolMeta) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        if tp._name == "Union":
            return Union
        if tp._name in ("Literal", "Annotated", "Final", "ClassVar"):
            return tp._special
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == "Callable" and tp._callable_args:
            return (list(args[:-1]), args[-1])
        return args
    return ()


class _AnnotationParser:
    """Evaluates string annotations of the usual shapes (names, dotted
    names, subscripts, None, ..., string literals, `X | Y`) against a
    namespace, since pyaot has no eval()."""

    def __init__(self, text, ns):
        self.s = text
        self.i = 0
        self.ns = ns

    def fail(self):
        raise NameError(f"cannot evaluate annotation {self.s!r}")

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] == ' ':
            self.i += 1

    def parse(self):
        v = self.union()
        self.ws()
        if self.i != len(self.s):
            self.fail()
        return v

    def union(self):
        v = self.atom()
        self.ws()
        while self.i < len(self.s) and self.s[self.i] == '|':
            self.i += 1
            w = self.atom()
            v = v | w
            self.ws()
        return v

    def atom(self):
        self.ws()
        s = self.s
        if self.i >= len(s):
            self.fail()
        c = s[self.i]
        if c == '[':
            self.i += 1
            items = self.items(']')
            return list(items)
        if c == '(':
            self.i += 1
            items = self.items(')')
            return tuple(items)
        if c in '\'"':
            j = s.find(c, self.i + 1)
            if j < 0:
                self.fail()
            text = s[self.i + 1:j]
            self.i = j + 1
            return text
        if s.startswith('...', self.i):
            self.i += 3
            return ...
        j = self.i
        while j < len(s) and (s[j].isalnum() or s[j] == '_' or s[j] == '.'):
            j += 1
        if j == self.i:
            self.fail()
        name = s[self.i:j]
        self.i = j
        v = self.lookup(name)
        self.ws()
        while self.i < len(s) and s[self.i] == '[':
            self.i += 1
            items = self.items(']')
            v = v[items[0] if len(items) == 1 else tuple(items)]
            self.ws()
        return v

    def items(self, close):
        out = []
        self.ws()
        if self.i < len(self.s) and self.s[self.i] == close:
            self.i += 1
            return out
        while True:
            out.append(self.union())
            self.ws()
            if self.i < len(self.s) and self.s[self.i] == ',':
                self.i += 1
                self.ws()
                if self.i < len(self.s) and self.s[self.i] == close:
                    self.i += 1
                    return out
                continue
            if self.i < len(self.s) and self.s[self.i] == close:
                self.i += 1
                return out
            self.fail()

    def lookup(self, name):
        parts = name.split('.')
        head = parts[0]
        if head == 'None':
            v = None
        elif head in self.ns:
            v = self.ns[head]
        elif head in _BUILTIN_NAMES:
            v = _BUILTIN_NAMES[head]
        elif head == 'typing':
            import typing
            v = typing
        else:
            raise NameError(f"name '{head}' is not defined")
        for p in parts[1:]:
            v = getattr(v, p)
        return v


_BUILTIN_NAMES = {
    'int': int, 'float': float, 'str': str, 'bool': bool, 'bytes': bytes,
    'complex': complex, 'list': list, 'dict': dict, 'set': set,
    'frozenset': frozenset, 'tuple': tuple, 'type': type, 'object': object,
    'bytearray': bytearray, 'range': range,
}


def _eval_hint(value, ns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = _AnnotationParser(value, ns).parse()
        return _eval_hint(value, ns)
    if isinstance(value, ForwardRef):
        return _eval_hint(value.__forward_arg__, ns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                ns = dict(mod.__dict__) if mod is not None else {}
            else:
                ns = dict(globalns)
            ns.update(dict(base.__dict__))
            if localns is not None:
                ns.update(localns)
            for name, value in ann.items():
                hints[name] = _eval_hint(value, ns)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None:
        ns = dict(getattr(obj, '__globals__', {}))
    else:
        ns = dict(globalns)
    if localns is not None:
        ns.update(localns)
    for name, value in ann.items():
        hints[name] = _eval_hint(value, ns)
    return hints


def NewType(name, tp):
    def new_type(x):
        return x

    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type
