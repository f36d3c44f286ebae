"""Implementation of JSONEncoder, following CPython 3.11's Lib/json/encoder.py
and Modules/_json.c: the same output, chunking and error messages.

`encode` (hence `dumps`) runs in the runtime's native encoder
(`_json.encode`). `iterencode` and `dump` use the Python encoder below,
which passes chunks to a callback instead of yielding them (`dump`
writes each one to the file as CPython's iterencode loop does). A
one-shot encoding without indent takes the C encoder's error message for
out-of-range floats (no repr suffix), as CPython does.
"""

from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import encode_basestring as c_encode_basestring
from _json import encode as c_encode

__all__ = ['JSONEncoder']

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for i in range(0x20):
    ESCAPE_DCT.setdefault(chr(i), '\\u{0:04x}'.format(i))
del i

INFINITY = float('inf')


def _needs_escape(s):
    """Does s contain a quote, a backslash or a control character?"""
    if '"' in s or '\\' in s:
        return True
    if s.isprintable():
        return False
    for c in s:
        if c < ' ':
            return True
    return False


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if not _needs_escape(s):
        return '"' + s + '"'
    out = ['"']
    for c in s:
        if c == '"' or c == '\\' or c < ' ':
            out.append(ESCAPE_DCT[c])
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


encode_basestring = c_encode_basestring


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = ['"']
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            out.append(c)
            continue
        e = ESCAPE_DCT.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            s1 = 0xd800 | ((n >> 10) & 0x3ff)
            s2 = 0xdc00 | (n & 0x3ff)
            out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    out.append('"')
    return ''.join(out)


encode_basestring_ascii = c_encode_basestring_ascii

_intstr = int.__repr__
_floatrepr = float.__repr__


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        if type(self).iterencode is not JSONEncoder.iterencode:
            return ''.join(self.iterencode(o, _one_shot=True))
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return c_encode(o, self.default, self.check_circular, self.ensure_ascii,
                        indent, self.key_separator, self.item_separator,
                        self.sort_keys, self.skipkeys, self.allow_nan,
                        self.indent is None)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and return its string representation in
        chunks (a list here; CPython yields them)."""
        chunks = []
        self._encode_to(o, chunks.append, _one_shot)
        return chunks

    def _encode_to(self, o, emit, one_shot):
        """Encode o, passing each chunk to emit."""
        enc = _Encoder()
        enc.markers = {} if self.check_circular else None
        enc.default = self.default
        enc.encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        enc.indent = indent
        enc.key_separator = self.key_separator
        enc.item_separator = self.item_separator
        enc.sort_keys = self.sort_keys
        enc.skipkeys = self.skipkeys
        enc.allow_nan = self.allow_nan
        enc.c_messages = one_shot and self.indent is None
        enc.emit = emit
        enc.encode(o, 0)


class _Encoder:
    """The state of one encoding (CPython's _make_iterencode closure)."""

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return _floatrepr(o)
        if not self.allow_nan:
            if self.c_messages:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError(
                "Out of range float values are not JSON compliant: " +
                repr(o))
        return text

    def encode_list(self, lst, level):
        emit = self.emit
        if not lst:
            emit('[]')
            return
        markers = self.markers
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        encoder = self.encoder
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                emit(buf + encoder(value))
            elif value is None:
                emit(buf + 'null')
            elif value is True:
                emit(buf + 'true')
            elif value is False:
                emit(buf + 'false')
            elif isinstance(value, int):
                emit(buf + _intstr(value))
            elif isinstance(value, float):
                emit(buf + self.floatstr(value))
            else:
                emit(buf)
                if isinstance(value, (list, tuple)):
                    self.encode_list(value, level)
                elif isinstance(value, dict):
                    self.encode_dict(value, level)
                else:
                    self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            emit('\n' + indent * level)
        emit(']')
        if markers is not None:
            del markers[markerid]

    def encode_dict(self, dct, level):
        emit = self.emit
        if not dct:
            emit('{}')
            return
        markers = self.markers
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        emit('{')
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            emit(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        key_separator = self.key_separator
        encoder = self.encoder
        first = True
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                emit(item_separator)
            emit(encoder(key))
            emit(key_separator)
            if isinstance(value, str):
                emit(encoder(value))
            elif value is None:
                emit('null')
            elif value is True:
                emit('true')
            elif value is False:
                emit('false')
            elif isinstance(value, int):
                emit(_intstr(value))
            elif isinstance(value, float):
                emit(self.floatstr(value))
            else:
                if isinstance(value, (list, tuple)):
                    self.encode_list(value, level)
                elif isinstance(value, dict):
                    self.encode_dict(value, level)
                else:
                    self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            emit('\n' + indent * level)
        emit('}')
        if markers is not None:
            del markers[markerid]

    def encode(self, o, level):
        emit = self.emit
        if isinstance(o, str):
            emit(self.encoder(o))
        elif o is None:
            emit('null')
        elif o is True:
            emit('true')
        elif o is False:
            emit('false')
        elif isinstance(o, int):
            emit(_intstr(o))
        elif isinstance(o, float):
            emit(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            markers = self.markers
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = self.default(o)
            self.encode(o, level)
            if markers is not None:
                del markers[markerid]
