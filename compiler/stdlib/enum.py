"""enum for pyaot: CPython 3.11's Enum, IntEnum, StrEnum, Flag, IntFlag,
auto and unique.

CPython collects members while the class body runs (the metaclass's
__prepare__ returns an _EnumDict). Here EnumType.__new__ scans the finished
namespace in insertion order instead: every name that is not a dunder, a
_sunder_, a private name or a descriptor (function, property, classmethod,
staticmethod, object with __get__/__set__/__delete__) becomes a member;
auto() values are resolved in that same order. Reprs, str(), format(),
lookups, Flag arithmetic and error messages follow CPython 3.11.
"""

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'member', 'nonmember', 'FlagBoundary',
    'STRICT', 'CONFORM', 'EJECT', 'KEEP',
]

# The base classes are None until defined (EnumType checks them, as in
# CPython).
Enum = Flag = EJECT = ReprEnum = None

_FunctionType = type(lambda: None)
_BuiltinType = type(len)


def _is_descriptor(obj):
    if isinstance(obj, (property, classmethod, staticmethod)):
        return True
    t = type(obj)
    if t is _FunctionType or t is _BuiltinType:
        return True
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern) and name.startswith(pattern) and
            not (name.endswith('__') or name[len(pattern):].startswith('_')))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num._value_
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _high_bit(value):
    return value.bit_length() - 1


def bin(num, max_bits=None):
    """Like built-in bin(), except negative values are represented in
    two's complement, and the leading bit always indicates sign."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _bltin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _bltin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _bltin_bin(n):
    return format(n, '#b')


class mappingproxy:
    """A read-only view of a dict (EnumType.__members__)."""
    __module__ = 'builtins'

    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(list(self._d))

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

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        return self._d == other

    def __repr__(self):
        return 'mappingproxy(' + repr(self._d) + ')'

    def __str__(self):
        return str(self._d)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class _Deferred:
    """Arithmetic on auto() values inside a class body (`WHITE = RED | BLUE`).

    Without __prepare__ the names still hold auto objects while the body
    runs, so operators build a deferred expression that EnumType resolves
    once the earlier members have their values."""

    def __or__(self, other):
        return _AutoExpr(_op_or, self, other)

    def __ror__(self, other):
        return _AutoExpr(_op_or, other, self)

    def __and__(self, other):
        return _AutoExpr(_op_and, self, other)

    def __rand__(self, other):
        return _AutoExpr(_op_and, other, self)

    def __xor__(self, other):
        return _AutoExpr(_op_xor, self, other)

    def __rxor__(self, other):
        return _AutoExpr(_op_xor, other, self)

    def __add__(self, other):
        return _AutoExpr(_op_add, self, other)

    def __radd__(self, other):
        return _AutoExpr(_op_add, other, self)

    def __sub__(self, other):
        return _AutoExpr(_op_sub, self, other)

    def __rsub__(self, other):
        return _AutoExpr(_op_sub, other, self)

    def __mul__(self, other):
        return _AutoExpr(_op_mul, self, other)

    def __rmul__(self, other):
        return _AutoExpr(_op_mul, other, self)

    def __invert__(self):
        return _AutoExpr(_op_invert, self, None)


def _op_or(a, b):
    return a | b


def _op_and(a, b):
    return a & b


def _op_xor(a, b):
    return a ^ b


def _op_add(a, b):
    return a + b


def _op_sub(a, b):
    return a - b


def _op_mul(a, b):
    return a * b


def _op_invert(a, b):
    return ~a


def _resolved(v):
    if isinstance(v, auto):
        return v.value
    if isinstance(v, _AutoExpr):
        return v.resolve()
    return v


class _AutoExpr(_Deferred):
    def __init__(self, op, a, b):
        self.op = op
        self.a = a
        self.b = b

    def resolve(self):
        return self.op(_resolved(self.a), _resolved(self.b))


class auto(_Deferred):
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _find_data_type(class_name, bases):
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            elif isinstance(base, EnumType):
                if base._member_type_ is not object:
                    data_types.append(base._member_type_)
                    break
            elif (base in (int, str, float, complex, bytes, tuple, list, dict,
                           set, frozenset) or '__new__' in base.__dict__ or
                  '__dataclass_fields__' in base.__dict__):
                data_types.append(candidate or base)
                break
            else:
                candidate = candidate or base
    unique_types = []
    for t in data_types:
        if t not in unique_types:
            unique_types.append(t)
    if len(unique_types) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, unique_types))
    elif unique_types:
        return unique_types[0]
    return object


def _get_mixins(class_name, bases):
    if not bases:
        return object, Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    member_type = _find_data_type(class_name, bases) or object
    return member_type, last


def _find_data_repr(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            elif isinstance(base, EnumType):
                return base._value_repr_
            elif base in (int, str, float, complex, bytes, tuple):
                return base.__repr__
            elif '__repr__' in base.__dict__:
                return base.__dict__['__repr__']
    return None


def _find_new(classdict, member_type, first_enum):
    new = classdict.get('__new__')
    if new is not None:
        if isinstance(new, staticmethod):
            new = new.__func__
        return new, True
    if first_enum is not None:
        for base in first_enum.__mro__:
            found = base.__dict__.get('_new_member_')
            if found is not None:
                return found, True
    if member_type is object:
        return None, False
    return member_type.__new__, True


def _unwrap(f):
    if isinstance(f, (staticmethod, classmethod)):
        return f.__func__
    return f


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        classdict = dict(classdict)
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in ignore:
            classdict.pop(key, None)
        member_type, first_enum = _get_mixins(cls, bases)
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))

        # Collect the members in definition order, resolving auto().
        gen_next = classdict.get('_generate_next_value_')
        if gen_next is None and first_enum is not None:
            gen_next = first_enum.__dict__.get('_generate_next_value_')
            if gen_next is None:
                gen_next = getattr(first_enum, '_generate_next_value_', None)
        gen_next = _unwrap(gen_next)
        members = []
        last_values = []
        for key in list(classdict):
            value = classdict[key]
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            forced = isinstance(value, member)
            if forced:
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or
                  _is_descriptor(value)):
                continue
            if isinstance(value, _AutoExpr):
                value = value.resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen_next(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = gen_next(key, 1, len(members), last_values[:])
                        v = v.value
                    parts.append(v)
                value = tuple(parts)
            members.append((key, value))
            last_values.append(value)
            del classdict[key]

        new_member, use_args = _find_new(classdict, member_type, first_enum)
        classdict.pop('__new__', None)
        classdict['_new_member_'] = new_member
        classdict['_use_args_'] = use_args
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        if '_value_repr_' not in classdict:
            classdict['_value_repr_'] = _find_data_repr(bases)
        if Flag is not None and any(issubclass(b, Flag) for b in bases):
            classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            classdict['_flag_mask_'] = 0
            classdict['_singles_mask_'] = 0
            classdict['_all_bits_'] = 0
            classdict['_inverted_'] = None
        elif Flag is None and cls == 'Flag':
            classdict['_boundary_'] = boundary

        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        is_flag = Flag is not None and issubclass(enum_class, Flag)

        for name, value in members:
            _add_member(enum_class, name, value, member_type, is_flag)

        # ReprEnum: str() and format() are the data type's.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if member_type is int:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                classdict['__str__'] = method

        # repr() and friends are the enum's, not the data type's.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                owner = None
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        owner = klass
                        break
                if owner is None or owner is object or owner is member_type:
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        if is_flag:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
            member_list = [m._value_ for m in enum_class]
            if member_list != sorted(member_list):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            gen = _unwrap(cls.__dict__.get('_generate_next_value_') or
                          getattr(cls, '_generate_next_value_'))
            for count, name in enumerate(original_names):
                value = gen(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _add_member(enum_class, member_name, value, member_type, is_flag):
    """Create member `member_name` of `enum_class` (CPython's
    _proto_member.__set_name__)."""
    if not isinstance(value, tuple):
        args = (value,)
    else:
        args = value
    if member_type is tuple:
        args = (args,)
    new = enum_class._new_member_
    if not enum_class._use_args_:
        enum_member = object.__new__(enum_class)
    else:
        enum_member = new(enum_class, *args)
    if not hasattr(enum_member, '_value_'):
        if member_type is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = member_type(*args)
            except Exception:
                enum_member._value_ = member_type.__new__(member_type, *args)
    value = enum_member._value_
    enum_member._name_ = member_name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)
    for name, canonical in enum_class._member_map_.items():
        if canonical._value_ == value:
            enum_member = canonical
            break
    else:
        if not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)
    if is_flag and isinstance(value, int):
        type.__setattr__(enum_class, '_flag_mask_', enum_class._flag_mask_ | value)
        if _is_single_bit(value):
            type.__setattr__(enum_class, '_singles_mask_', enum_class._singles_mask_ | value)
        type.__setattr__(enum_class, '_all_bits_', 2 ** (enum_class._flag_mask_.bit_length()) - 1)
    type.__setattr__(enum_class, member_name, enum_member)
    enum_class._member_map_[member_name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        if self._member_type_ is object:
            return hash(self._name_)
        return self._member_type_.__hash__(self)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


class FlagBoundary(StrEnum):
    """Control how out of range values are handled."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        return iter(sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_))

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s" % (
                        cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT or cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pv in cls._member_map_.items():
                    if pv not in members and pv._value_ and pv._value_ & value == pv._value_:
                        members.append(pv)
                        combined_value |= pv._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value ^ other)

    def __invert__(self):
        if self.__dict__.get('_inverted_') is None:
            if self._boundary_ is EJECT or self._boundary_ is KEEP:
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ ^ self._value_)
            self._inverted_ = inverted
            if isinstance(inverted, self.__class__):
                inverted._inverted_ = self
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""
