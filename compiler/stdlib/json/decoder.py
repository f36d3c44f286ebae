"""Implementation of JSONDecoder, following CPython 3.11's C scanner
(Modules/_json.c, which CPython uses by default): the same results, error
messages and error positions. Numbers match the C scanner's ASCII-only
grammar; strings are scanned in chunks between escapes.

Lone surrogates from unpaired \\uXXXX escapes cannot be represented by
pyaot's str and raise NotImplementedError.
"""

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
    while idx < n:
        c = s[idx]
        if c != ' ' and c != '\n' and c != '\t' and c != '\r':
            break
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


def _match_number(ctx, s, start, n):
    idx = start
    if s[idx] == '-':
        idx += 1
        if idx >= n:
            raise StopIteration(start)
    c = s[idx]
    if '1' <= c <= '9':
        idx += 1
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
    elif c == '0':
        idx += 1
    else:
        raise StopIteration(start)
    is_float = False
    if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
        is_float = True
        idx += 2
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
    if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
        e_start = idx
        idx += 1
        if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
            idx += 1
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
        if '0' <= s[idx - 1] <= '9':
            is_float = True
        else:
            idx = e_start
    numstr = s[start:idx]
    if is_float:
        return ctx.parse_float(numstr), idx
    return ctx.parse_int(numstr), idx


def _scan_once(ctx, s, idx):
    n = len(s)
    if idx < 0:
        raise ValueError("idx cannot be negative")
    if idx >= n:
        raise StopIteration(idx)
    c = s[idx]
    if c == '"':
        return scanstring(s, idx + 1, ctx.strict)
    if c == '{':
        return _parse_object(ctx, s, idx + 1, n)
    if c == '[':
        return _parse_array(ctx, s, idx + 1, n)
    if c == 'n':
        if s.startswith('null', idx):
            return None, idx + 4
    elif c == 't':
        if s.startswith('true', idx):
            return True, idx + 4
    elif c == 'f':
        if s.startswith('false', idx):
            return False, idx + 5
    elif c == 'N':
        if s.startswith('NaN', idx):
            return ctx.parse_constant('NaN'), idx + 3
    elif c == 'I':
        if s.startswith('Infinity', idx):
            return ctx.parse_constant('Infinity'), idx + 8
    elif c == '-':
        if s.startswith('-Infinity', idx):
            return ctx.parse_constant('-Infinity'), idx + 9
    return _match_number(ctx, s, idx, n)


def _parse_object(ctx, s, idx, n):
    memo = ctx.memo
    pairs = []
    idx = _skip_ws(s, idx, n)
    if idx >= n or s[idx] != '}':
        while True:
            if idx >= n or s[idx] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, idx)
            key, idx = scanstring(s, idx + 1, ctx.strict)
            key = memo.setdefault(key, key)
            idx = _skip_ws(s, idx, n)
            if idx >= n or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1, n)
            value, idx = _scan_once(ctx, s, idx)
            pairs.append((key, value))
            idx = _skip_ws(s, idx, n)
            if idx < n and s[idx] == '}':
                break
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1, n)
    if ctx.object_pairs_hook is not None:
        return ctx.object_pairs_hook(pairs), idx + 1
    result = dict(pairs)
    if ctx.object_hook is not None:
        result = ctx.object_hook(result)
    return result, idx + 1


def _parse_array(ctx, s, idx, n):
    values = []
    idx = _skip_ws(s, idx, n)
    if idx >= n or s[idx] != ']':
        while True:
            value, idx = _scan_once(ctx, s, idx)
            values.append(value)
            idx = _skip_ws(s, idx, n)
            if idx < n and s[idx] == ']':
                break
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1, n)
    return values, idx + 1


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

    def scan_once(self, s, idx):
        try:
            return _scan_once(self, s, idx)
        finally:
            self.memo.clear()

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
