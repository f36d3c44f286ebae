"""_csv for pyaot: the CSV reader/writer engine that CPython implements in C
(Modules/_csv.c), rewritten in Python with the same state machine, quoting
rules and error messages."""

__version__ = "1.0"
__doc__ = "CSV parsing and writing."

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


def _char_attr(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator",
                 "_quotechar", "_quoting", "_skipinitialspace", "_strict")

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        for k in kwargs:
            if k not in ("delimiter", "doublequote", "escapechar", "lineterminator",
                         "quotechar", "quoting", "skipinitialspace", "strict"):
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % k)
        delimiter = pick("delimiter", ",")
        if delimiter is None:
            raise TypeError('"delimiter" must be a 1-character string')
        self._delimiter = _char_attr("delimiter", delimiter, ",", False)
        self._doublequote = bool(pick("doublequote", True))
        self._escapechar = _char_attr("escapechar", pick("escapechar", None), None, True)
        lt = pick("lineterminator", "\r\n")
        if lt is None:
            raise TypeError("lineterminator must be set")
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lt
        self._quotechar = _char_attr("quotechar", pick("quotechar", '"'), '"', True)
        quoting = pick("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self._quoting = quoting
        self._skipinitialspace = bool(pick("skipinitialspace", False))
        self._strict = bool(pick("strict", False))
        if self._quoting != QUOTE_NONE and self._quotechar is None and "quotechar" in kwargs \
                and kwargs["quotechar"] is not None:
            raise TypeError("quotechar must be set if quoting enabled")

    @property
    def delimiter(self):
        return self._delimiter

    @property
    def doublequote(self):
        return self._doublequote

    @property
    def escapechar(self):
        return self._escapechar

    @property
    def lineterminator(self):
        return self._lineterminator

    @property
    def quotechar(self):
        return self._quotechar

    @property
    def quoting(self):
        return self._quoting

    @property
    def skipinitialspace(self):
        return self._skipinitialspace

    @property
    def strict(self):
        return self._strict


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, Dialect) and not kwargs:
        return dialect
    return Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# Reader states (as in _csv.c).
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = None


class _Reader:
    def __init__(self, iterable, dialect):
        self._it = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need "
                            "to open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            for c in line:
                if c == "\0":
                    raise Error("line contains NUL")
                self._process(c)
            self.line_num += 1
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, _make_dialect(dialect, fmtparams))


class _Writer:
    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = dialect

    def _field(self, field, quoted):
        d = self.dialect
        out = []
        lt = d.lineterminator
        for c in field:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in lt:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        s = "".join(out)
        if quoted:
            q = d.quotechar if d.quotechar is not None else ""
            s = q + s + q
        return s

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        parts = []
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not (isinstance(field, (int, float, complex))
                              or hasattr(type(field), "__float__")
                              or hasattr(type(field), "__index__"))
            elif d.quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                s = ""
            elif isinstance(field, str):
                s = field
            else:
                s = str(field)
            parts.append(self._field(s, quoted))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            q = d.quotechar if d.quotechar is not None else ""
            parts[0] = q + q
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect="excel", **fmtparams):
    return _Writer(fileobj, _make_dialect(dialect, fmtparams))
