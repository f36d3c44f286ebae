"""struct for pyaot: CPython 3.11's _struct module written in Python
(pack, unpack, calcsize, iter_unpack, pack_into, unpack_from, Struct and
struct.error) with CPython's format codes, byte orders, native sizes and
alignment (x86-64 Linux) and error messages. Integers use
int.to_bytes/from_bytes; floats use the native `_struct` helpers.
"""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code: (standard size, native size, native alignment)
_SIZES = {
    'x': (1, 1, 1), 'c': (1, 1, 1), 'b': (1, 1, 1), 'B': (1, 1, 1),
    '?': (1, 1, 1), 'h': (2, 2, 2), 'H': (2, 2, 2), 'i': (4, 4, 4),
    'I': (4, 4, 4), 'l': (4, 8, 8), 'L': (4, 8, 8), 'q': (8, 8, 8),
    'Q': (8, 8, 8), 'n': (None, 8, 8), 'N': (None, 8, 8), 'e': (2, 2, 2),
    'f': (4, 4, 4), 'd': (8, 8, 8), 's': (1, 1, 1), 'p': (1, 1, 1),
    'P': (None, 8, 8),
}

_INT_CODES = 'bBhHiIlLqQnNP'


def _parse(fmt):
    """(little, native, items, size): items are (code, count, offset)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not "
                        + type(fmt).__name__)
    native = True
    little = True
    i = 0
    if fmt and fmt[0] in '@=<>!':
        c = fmt[0]
        i = 1
        if c != '@':
            native = False
            little = c in '<='
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if '0' <= c <= '9':
            j = i
            while j < n and '0' <= fmt[j] <= '9':
                j += 1
            count = int(fmt[i:j])
            if j >= n:
                raise error("repeat count given without format specifier")
            i = j
            c = fmt[i]
        if c not in _SIZES:
            raise error("bad char in struct format")
        std, nat, align = _SIZES[c]
        if native:
            sz = nat
            if c not in 'spx' or True:
                if align > 1:
                    size = (size + align - 1) // align * align
        else:
            if std is None:
                raise error("bad char in struct format")
            sz = std
        items.append((c, count, size, sz))
        if c in 'sp':
            size += count
        else:
            size += count * sz
        i += 1
    return little, native, items, size


def _int_range_error(code, sz, signed):
    if code == 'b':
        return error("byte format requires -128 <= number <= 127")
    if code == 'B':
        return error("ubyte format requires 0 <= number <= 255")
    if code == 'h':
        return error("short format requires -32768 <= number <= 32767")
    if code == 'H':
        return error("ushort format requires 0 <= number <= 65535")
    if signed and sz == 4:
        return error("'%s' format requires -2147483648 <= number <= 2147483647" % code)
    return error("argument out of range")


def _pack_items(little, native, items, size, args):
    nitems = 0
    for code, count, off, sz in items:
        if code == 'x':
            continue
        nitems += 1 if code in 'sp' else count
    if len(args) != nitems:
        raise error("pack expected %d items for packing (got %d)" % (nitems, len(args)))
    out = bytearray(size)
    order = 'little' if little else 'big'
    ai = 0
    for code, count, off, sz in items:
        if code == 'x':
            continue
        if code in 'sp':
            v = args[ai]
            ai += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == 's':
                data = bytes(v[:count])
                out[off:off + len(data)] = data
            else:
                if count == 0:
                    continue
                data = bytes(v[:count - 1])
                out[off] = min(len(data), 255)
                out[off + 1:off + 1 + len(data)] = data
            continue
        for k in range(count):
            v = args[ai]
            ai += 1
            pos = off + k * sz
            if code == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out[pos] = v[0]
            elif code == '?':
                out[pos] = 1 if v else 0
            elif code in 'efd':
                if not isinstance(v, (int, float)) and not hasattr(v, '__float__'):
                    raise error("required argument is not a float")
                v = float(v)
                if code == 'f' and native and v == v and abs(v) != float('inf'):
                    if abs(v) > 3.4028234663852886e+38:
                        bits = _struct.float_bits(float('inf') if v > 0 else float('-inf'), 4)
                    else:
                        bits = _struct.float_bits(v, 4)
                else:
                    bits = _struct.float_bits(v, sz)
                out[pos:pos + sz] = bits.to_bytes(sz, order)
            else:
                if not isinstance(v, int):
                    if hasattr(type(v), '__index__'):
                        v = v.__index__()
                    else:
                        raise error("required argument is not an integer")
                signed = code in 'bhilqn'
                lo = -(1 << (8 * sz - 1)) if signed else 0
                hi = (1 << (8 * sz - 1)) - 1 if signed else (1 << (8 * sz)) - 1
                if v < lo or v > hi:
                    raise _int_range_error(code, sz, signed)
                out[pos:pos + sz] = v.to_bytes(sz, order, signed=signed)
    return bytes(out)


def _unpack_items(little, native, items, size, buf, offset=0):
    order = 'little' if little else 'big'
    res = []
    for code, count, off, sz in items:
        off += offset
        if code == 'x':
            continue
        if code == 's':
            res.append(bytes(buf[off:off + count]))
            continue
        if code == 'p':
            if count == 0:
                res.append(b'')
                continue
            n = min(buf[off], count - 1)
            res.append(bytes(buf[off + 1:off + 1 + n]))
            continue
        for k in range(count):
            pos = off + k * sz
            chunk = bytes(buf[pos:pos + sz])
            if code == 'c':
                res.append(chunk)
            elif code == '?':
                res.append(chunk != b'\x00')
            elif code in 'efd':
                res.append(_struct.bits_float(int.from_bytes(chunk, order), sz))
            else:
                res.append(int.from_bytes(chunk, order, signed=code in 'bhilqn'))
    return tuple(res)


def _buffer(buf):
    if isinstance(buf, (bytes, bytearray)):
        return buf
    if isinstance(buf, memoryview):
        return buf.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__)


class Struct:
    """Compiled struct object."""

    def __init__(self, format):
        self._little, self._native, self._items, self.size = _parse(format)
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        self.format = format

    def pack(self, *args):
        return _pack_items(self._little, self._native, self._items, self.size, args)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        buf = _buffer(buffer)
        if len(buf) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack_items(self._little, self._native, self._items, self.size, buf)

    def unpack_from(self, buffer, offset=0):
        buf = _buffer(buffer)
        if offset < 0:
            if offset + len(buf) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buf)))
            offset += len(buf)
        if len(buf) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buf)))
        return _unpack_items(self._little, self._native, self._items, self.size, buf, offset)

    def iter_unpack(self, buffer):
        buf = _buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buf) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return self._iter(buf)

    def _iter(self, buf):
        for off in range(0, len(buf), self.size):
            yield _unpack_items(self._little, self._native, self._items, self.size, buf, off)


_cache = {}


def _get(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format):
    return _get(format).size


def pack(format, *args):
    return _get(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    return _get(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _get(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _get(format).iter_unpack(buffer)
