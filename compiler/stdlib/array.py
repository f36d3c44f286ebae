"""array for pyaot: CPython's array.array as a Python class over a list.
Items are checked and converted on the way in exactly as the C module does
(range checks with its messages, 'f' rounded to single precision), so
reprs, comparisons, slicing and tobytes()/frombytes() (native byte order,
via struct) give CPython's results."""

import struct as _struct

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4,
          "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}

# (min, max, message when too large, message when too small).
_RANGES = {
    "b": (-128, 127, "signed char is greater than maximum",
          "signed char is less than minimum"),
    "B": (0, 255, "unsigned byte integer is greater than maximum",
          "unsigned byte integer is less than minimum"),
    "h": (-32768, 32767, "signed short integer is greater than maximum",
          "signed short integer is less than minimum"),
    "H": (0, 65535, "unsigned short is greater than maximum",
          "unsigned short is less than minimum"),
    "i": (-2147483648, 2147483647, "signed integer is greater than maximum",
          "signed integer is less than minimum"),
    "I": (0, 4294967295, "unsigned int is greater than maximum",
          "can't convert negative value to unsigned int"),
    "l": (-2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (0, 2 ** 64 - 1, "Python int too large to convert to C unsigned long",
          "can't convert negative value to unsigned int"),
    "q": (-2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    "Q": (0, 2 ** 64 - 1, "int too big to convert",
          "can't convert negative int to unsigned"),
}


def _conv(tc, v):
    if tc == "f" or tc == "d":
        if isinstance(v, float):
            f = v
        elif isinstance(v, int) or hasattr(type(v), "__float__") or hasattr(type(v), "__index__"):
            f = float(v)
        else:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        if tc == "f":
            f = _struct.unpack("f", _struct.pack("f", f))[0]
        return f
    if tc == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(v, int):
        if hasattr(type(v), "__index__"):
            v = v.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    lo, hi, big, small = _RANGES[tc]
    if tc in "bhi" and not (-2 ** 63 <= v < 2 ** 63):
        raise OverflowError("Python int too large to convert to C long")
    if tc in "BH" and not (-2 ** 63 <= v < 2 ** 63):
        raise OverflowError("Python int too large to convert to C long")
    if tc == "I" and v >= 2 ** 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if v > hi:
        raise OverflowError(big)
    if v < lo:
        raise OverflowError(small)
    return int(v)


class array:
    """array(typecode [, initializer]) -> array"""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._a = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == "u" and initializer._tc != "u":
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self._a = [_conv(typecode, x) for x in initializer._a]
        else:
            self._a = [_conv(typecode, x) for x in initializer]

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _new(self, items):
        r = array(self._tc)
        r._a = items
        return r

    def __repr__(self):
        if not self._a:
            return "array('%s')" % self._tc
        if self._tc == "u":
            return "array('u', %r)" % "".join(self._a)
        return "array('%s', %r)" % (self._tc, self._a)

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._a[i])
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range")

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._a[i] = list(v._a)
            return
        v = _conv(self._tc, v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range")

    def __delitem__(self, i):
        try:
            del self._a[i]
        except IndexError:
            raise IndexError("array assignment index out of range")

    def _cmp_items(self, other):
        if isinstance(other, array):
            return other._a
        return None

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a >= o

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        self._a.extend(other._a)
        return self

    def __mul__(self, n):
        return self._new(self._a * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= n
        return self

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def append(self, v):
        self._a.append(_conv(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(iterable._a)
            return
        self._a.extend([_conv(self._tc, x) for x in iterable])

    def insert(self, i, v):
        self._a.insert(i, _conv(self._tc, v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range")

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        n = len(self._a)
        if stop is None:
            stop = n
        try:
            return self._a.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def tolist(self):
        return list(self._a)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self._a.extend([_conv(self._tc, x) for x in lst])

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._a)

    def fromunicode(self, s):
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._a.extend(s)

    def tobytes(self):
        if self._tc == "u":
            return "".join(self._a).encode("utf-32-le")
        return _struct.pack("%d%s" % (len(self._a), self._tc), *self._a)

    def frombytes(self, b):
        size = _SIZES[self._tc]
        if len(b) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._tc == "u":
            self._a.extend(bytes(b).decode("utf-32-le"))
            return
        self._a.extend(_struct.unpack("%d%s" % (len(b) // size, self._tc), bytes(b)))

    def byteswap(self):
        size = _SIZES[self._tc]
        if self._tc == "u":
            raise RuntimeError("don't know how to byteswap this array type")
        data = self.tobytes()
        out = bytearray()
        for k in range(0, len(data), size):
            out += data[k:k + size][::-1]
        self._a = []
        self.frombytes(bytes(out))

    def buffer_info(self):
        return (id(self), len(self._a))


ArrayType = array
