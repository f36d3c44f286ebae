"""Implementation of JSONDecoder, following CPython 3.11's C scanner
(Modules/_json.c, which CPython uses by default): the same results, error
messages and error positions. Decoding runs in the runtime's native
scanner (`_json.scan_once`); `scanstring` is the same string scanner in
Python (public API, as in CPython).

Lone surrogates from unpaired \\uXXXX escapes cannot be represented by
pyaot's str and raise NotImplementedError.
"""

from _json import scan_once as c_scan_once

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEX[_c] = _i
    _HEX[_c.upper()] = _i
del _i, _c

WHITESPACE_STR = ' \t\n\r'


def _skip_ws(s, idx, n):
    while idx < n and s[idx] in WHITESPACE_STR:
        idx += 1
    return idx


def _hex4(s, start, err_pos):
    c = 0
    for i in range(start, start + 4):
        d = _HEX.get(s[i])
        if d is None:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, err_pos)
        c = (c << 4) | d
    return c


def _first_control(s, start, stop):
    for i in range(start, stop):
        if s[i] < ' ':
            return i
    return -1


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    n = len(s)
    begin = end - 1
    if end < 0 or end > n:
        raise ValueError("end is out of bounds")
    chunks = []
    while True:
        q = s.find('"', end)
        stop = n if q < 0 else q
        b = s.find('\\', end, stop)
        if b >= 0:
            stop = b
        content = s[end:stop]
        if strict and not content.isprintable():
            bad = _first_control(s, end, stop)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, bad)
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if content:
            chunks.append(content)
        nxt = stop + 1
        if b < 0:
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            ch = BACKSLASH.get(c)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
            chunks.append(ch)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        uni = _hex4(s, nxt, end - 5)
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            uni2 = _hex4(s, end + 2, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))
    if len(chunks) == 1:
        return chunks[0], end
    return ''.join(chunks), end


def _native_scan(ctx, s, idx):
    """Decode one value with the native scanner, raising JSONDecodeError
    (or StopIteration for "Expecting value") as CPython's does."""
    r = c_scan_once(s, idx, ctx.strict, ctx.object_hook, ctx.object_pairs_hook,
                    ctx._c_parse_float, ctx._c_parse_int, ctx._c_parse_constant)
    end = r[1]
    if end < 0:
        pos = -1 - end
        if r[0] is None:
            raise StopIteration(pos)
        raise JSONDecodeError(r[0], s, pos)
    return r


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        # The native scanner takes None for the default conversions.
        self._c_parse_float = None if self.parse_float is float else self.parse_float
        self._c_parse_int = None if self.parse_int is int else self.parse_int
        self._c_parse_constant = None if parse_constant is None else parse_constant

    def scan_once(self, s, idx):
        if not isinstance(s, str):
            raise TypeError(f"first argument must be a string, not {type(s).__name__}")
        return _native_scan(self, s, idx)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        n = len(s)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
