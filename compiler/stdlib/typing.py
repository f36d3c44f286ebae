"""typing for pyaot: the names programs use in annotations.

Annotations are not evaluated by pyaot yet, so these objects only need to
exist, be subscriptable, and print sensibly.
"""

TYPE_CHECKING = False


class _Alias:
    def __init__(self, name, params=None):
        self._name = name
        self._params = params

    def __getitem__(self, params):
        return _Alias(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __or__(self, other):
        return _Alias("Union", (self, other))

    def __ror__(self, other):
        return _Alias("Union", (other, self))

    def __repr__(self):
        if self._params is None:
            return "typing." + self._name
        ps = self._params if isinstance(self._params, tuple) else (self._params,)
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(p) for p in ps))


def _type_repr(p):
    if isinstance(p, type):
        if p.__module__ == "builtins":
            return p.__qualname__
        return p.__module__ + "." + p.__qualname__
    if isinstance(p, list):
        return "[" + ", ".join(_type_repr(a) for a in p) + "]"
    if p is ...:
        return "..."

    if p is None:
        return "None"
    return repr(p)


Any = _Alias("Any")
Union = _Alias("Union")
Optional = _Alias("Optional")
List = _Alias("List")
Dict = _Alias("Dict")
Set = _Alias("Set")
FrozenSet = _Alias("FrozenSet")
Tuple = _Alias("Tuple")
Type = _Alias("Type")
Callable = _Alias("Callable")
Iterable = _Alias("Iterable")
Iterator = _Alias("Iterator")
Generator = _Alias("Generator")
Sequence = _Alias("Sequence")
MutableSequence = _Alias("MutableSequence")
Mapping = _Alias("Mapping")
MutableMapping = _Alias("MutableMapping")
Collection = _Alias("Collection")
Container = _Alias("Container")
Hashable = _Alias("Hashable")
Sized = _Alias("Sized")
Reversible = _Alias("Reversible")
Deque = _Alias("Deque")
DefaultDict = _Alias("DefaultDict")
OrderedDict = _Alias("OrderedDict")
Counter = _Alias("Counter")
ChainMap = _Alias("ChainMap")
Literal = _Alias("Literal")
Final = _Alias("Final")
ClassVar = _Alias("ClassVar")
Annotated = _Alias("Annotated")
NoReturn = _Alias("NoReturn")
Never = _Alias("Never")
Awaitable = _Alias("Awaitable")
Coroutine = _Alias("Coroutine")
AsyncIterator = _Alias("AsyncIterator")
AsyncIterable = _Alias("AsyncIterable")
AsyncGenerator = _Alias("AsyncGenerator")
SupportsInt = _Alias("SupportsInt")
SupportsFloat = _Alias("SupportsFloat")
SupportsAbs = _Alias("SupportsAbs")
SupportsIndex = _Alias("SupportsIndex")
Text = str
AnyStr = _Alias("AnyStr")
Self = _Alias("Self")
TypeAlias = _Alias("TypeAlias")
LiteralString = _Alias("LiteralString")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol:
    def __class_getitem__(cls, params):
        return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None):
    return {}


def NewType(name, tp):
    def new_type(x):
        return x

    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type
