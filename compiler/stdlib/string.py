"""string for pyaot: the constants, capwords, Template and Formatter.

Template scans with a hand-written matcher equivalent to CPython's default
pattern (any delimiter; identifiers `[_a-zA-Z][_a-zA-Z0-9]*`), so importing
string does not compile re; a subclass that overrides `pattern`,
`idpattern`, `braceidpattern` or `flags` gets NotImplementedError.
Formatter parses format strings as CPython's _string helpers do.
"""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# -------------------------------------------------------------------
# Template: $-substitutions.

_ID_START = frozenset('_' + ascii_letters)
_ID_CHAR = frozenset('_' + ascii_letters + digits)


class _Match:
    # One delimiter expression: kind is 'escaped', 'named', 'braced' or
    # 'invalid'; text is what re would report as the whole match.
    __slots__ = ('kind', 'name', 'start', 'end', 'text')

    def __init__(self, kind, name, start, end, text):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.text = text


def _ident_end(s, i):
    # End of the identifier starting at s[i], or -1.
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return -1
    i += 1
    while i < n and s[i] in _ID_CHAR:
        i += 1
    return i


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2  # re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if ('pattern' in cls.__dict__ or
                cls.idpattern != Template.idpattern or
                cls.braceidpattern is not None or
                cls.flags != Template.flags):
            raise NotImplementedError(
                "string.Template: custom patterns are not supported by pyaot")

    def __init__(self, template):
        self.template = template

    def _scan(self):
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        i = 0
        while True:
            k = s.find(delim, i)
            if k < 0 or dl == 0:
                return
            j = k + dl
            if s.startswith(delim, j):
                yield _Match('escaped', None, k, j + dl, s[k:j + dl])
                i = j + dl
                continue
            e = _ident_end(s, j)
            if e >= 0:
                yield _Match('named', s[j:e], k, e, s[k:e])
                i = e
                continue
            if j < len(s) and s[j] == '{':
                e = _ident_end(s, j + 1)
                if e >= 0 and e < len(s) and s[e] == '}':
                    yield _Match('braced', s[j + 1:e], k, e + 1, s[k:e + 1])
                    i = e + 1
                    continue
            yield _Match('invalid', None, k, j, s[k:j])
            i = j

    def _invalid(self, mo):
        i = mo.start + len(self.delimiter)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        pos = 0
        for mo in self._scan():
            out.append(self.template[pos:mo.start])
            pos = mo.end
            if mo.kind == 'named' or mo.kind == 'braced':
                if safe:
                    try:
                        out.append(str(mapping[mo.name]))
                    except KeyError:
                        out.append(mo.text)
                else:
                    out.append(str(mapping[mo.name]))
            elif mo.kind == 'escaped':
                out.append(self.delimiter)
            elif safe:
                out.append(mo.text)
            else:
                self._invalid(mo)
        out.append(self.template[pos:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = _sentinel_dict
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = _sentinel_dict
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for mo in self._scan():
            if mo.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._scan():
            if mo.kind in ('named', 'braced') and mo.name not in ids:
                ids.append(mo.name)
        return ids


_sentinel_dict = {}


class _Chain:
    # ChainMap(kws, mapping) for lookups.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# -------------------------------------------------------------------
# Formatter: str.format as overridable methods.

def _formatter_parser(s):
    # _string.formatter_parser: (literal, field_name, format_spec,
    # conversion) tuples.
    i = 0
    n = len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                # An escaped brace ends a literal chunk, as in CPython.
                literal.append('{')
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            # A replacement field: find its matching '}'.
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if depth > 1 or '{' in s[i + 1:]:
                    raise ValueError("unmatched '{' in format spec")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            # Split name!conversion:spec (the name ends at the first ! or :
            # outside brackets).
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            name = field[:k]
            conversion = None
            spec = ''
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            yield (''.join(literal), name, spec, conversion)
            literal = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield (''.join(literal), None, None, None)


def _field_name_split(name):
    # _string.formatter_field_name_split: first part and (is_attr, key)
    # pairs for the rest.
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == '':
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
