#
# Secret Labs' Regular Expression Engine
#
# re-compatible interface for the sre matching engine
#
# Copyright (c) 1998-2001 by Secret Labs AB.  All rights reserved.
#
# This version of the SRE library can be redistributed under CNRI's
# Python 1.6 license.  For any other use, please contact Secret Labs
# AB (info@pythonware.com).
#
# Portions of this engine have been developed in cooperation with
# CNRI.  Hewlett-Packard provided funding for 1.6 integration and
# other compatibility work.
#

"""Support for regular expressions (RE).

pyaot's `re`: CPython 3.11's parser and compiler (re/_parser.py,
re/_compiler.py) produce the same code lists as on CPython; the native
`_sre` module runs them (a port of CPython's matching engine). The Pattern
and Match objects, which CPython implements in C, are written here in
Python with CPython's behaviour, reprs and error messages.
"""

import _sre
from . import _compiler, _parser
from ._constants import error

# public symbols
__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# --------------------------------------------------------------------
# flags

# (name, value) in definition order, as enum lists them.
_FLAG_NAMES = [
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
]
_FLAG_MASK = 0x1ff


class RegexFlag(int):
    """An int flag with the reprs of CPython's enum.IntFlag `re.RegexFlag`."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                names.append("re." + name)
        rest = v & ~_FLAG_MASK
        if not names:
            return "re.RegexFlag(%d)" % v
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    def __str__(self):
        return self.__repr__()

    def __format__(self, spec):
        if spec == "":
            return self.__repr__()
        return format(int(self), spec)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n, bit in _FLAG_NAMES if v & bit]
        if not names:
            return None
        return "|".join(names)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(other) | int(self))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __rand__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(other) & int(self))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    def __rxor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(other) ^ int(self))
        return NotImplemented

    def __invert__(self):
        return RegexFlag(~int(self) & _FLAG_MASK)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(_compiler.SRE_FLAG_ASCII)
IGNORECASE = I = RegexFlag(_compiler.SRE_FLAG_IGNORECASE)
LOCALE = L = RegexFlag(_compiler.SRE_FLAG_LOCALE)
UNICODE = U = RegexFlag(_compiler.SRE_FLAG_UNICODE)
MULTILINE = M = RegexFlag(_compiler.SRE_FLAG_MULTILINE)
DOTALL = S = RegexFlag(_compiler.SRE_FLAG_DOTALL)
VERBOSE = X = RegexFlag(_compiler.SRE_FLAG_VERBOSE)
TEMPLATE = T = RegexFlag(_compiler.SRE_FLAG_TEMPLATE)
DEBUG = RegexFlag(_compiler.SRE_FLAG_DEBUG)

# --------------------------------------------------------------------
# Pattern and Match objects (CPython: Modules/_sre/sre.c)

# (name, bit) in the order CPython's pattern_repr lists them.
_REPR_FLAGS = [
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
    ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
]


class mappingproxy:
    """A read-only view of a dict (`Pattern.groupindex`)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping == other

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags, code, groups, groupindex, indexgroup):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex
        self._indexgroup = indexgroup
        self._code_list = code
        self._code = _sre.pack(code)
        if pattern is None:
            self._isbytes = None
        else:
            self._isbytes = not isinstance(pattern, str)

    @property
    def groupindex(self):
        return mappingproxy(self._groupindex)

    def _check(self, string):
        if isinstance(string, str):
            if self._isbytes is True:
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif isinstance(string, (bytes, bytearray)):
            if self._isbytes is False:
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return _sre.run(self._code, string, pos, endpos, 0, self.groups, self,
                        self._isbytes)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return _sre.run(self._code, string, pos, endpos, 1, self.groups, self,
                        self._isbytes)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding
        match object instance.

        Return None if no position in the string matches."""
        return _sre.run(self._code, string, pos, endpos, 2, self.groups, self,
                        self._isbytes)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        return _sre.findall(self._code, string, pos, endpos, self.groups,
                            self._isbytes)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the
        RE pattern in string. For each match, the iterator returns a match
        object."""
        return self.scanner(string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.scanner(self._code, string, pos, endpos, self.groups, self,
                            self._isbytes)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        return _sre.split(self._code, string, maxsplit, self.groups,
                          self._isbytes)

    def _subx(self, repl, string, count):
        kind = 0
        if callable(repl):
            kind = 2
        else:
            if isinstance(repl, str):
                literal = "\\" not in repl
            elif isinstance(repl, (bytes, bytearray)):
                literal = b"\\" not in repl
            else:
                literal = False
            if not literal:
                repl = _compile_repl(repl, self)
                if not repl[0] and len(repl[1]) == 1:
                    # literal replacement
                    repl = repl[1][0]
                else:
                    kind = 1
        self._check(string)
        return _sre.sub(self._code, string, count, self.groups, kind, repl, self)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing
        the leftmost non-overlapping occurrences of pattern with the
        replacement repl."""
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and (flags & 0x124) == 32:
            flags &= ~32
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append("0x%x" % flags)
        text = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._isbytes == other._isbytes
                and self._code_list == other._code_list
                and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# The match object and the scanner are native (`_sre`).
Match = _sre.Match


# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)

def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _repl_cache.clear()

def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags|T)

# SPECIAL_CHARS
# closing ')', '}' and ']'
# '-' (a range in character set)
# '&', '~', (extended character set operations)
# '#' (comment) and WHITESPACE (ignored) in verbose mode
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')

# --------------------------------------------------------------------
# internals

_cache = {}  # ordered!

_MAXCACHE = 512
def _compile(pattern, flags):
    # internal: compile pattern
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not _compiler.isstring(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & DEBUG:
        raise NotImplementedError("re.DEBUG (dumping the compiled pattern) is not supported by pyaot")
    parts = _compiler.compile(pattern, flags)
    p = Pattern(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest item
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p

_repl_cache = {}

def _compile_repl(repl, pattern):
    # internal: compile replacement pattern
    key = (type(repl), repl, pattern)
    try:
        return _repl_cache[key]
    except KeyError:
        pass
    t = _parser.parse_template(repl, pattern)
    if len(_repl_cache) >= _MAXCACHE:
        _repl_cache.clear()
    _repl_cache[key] = t
    return t

def _expand(pattern, match, template):
    # internal: Match.expand implementation hook
    template = _parser.parse_template(template, pattern)
    return _parser.expand_template(template, match)

def _subx(pattern, template):
    # internal: Pattern.sub/subn implementation helper
    template = _compile_repl(template, pattern)
    if not template[0] and len(template[1]) == 1:
        # literal replacement
        return template[1][0]
    def filter(match, template=template):
        return _parser.expand_template(template, match)
    return filter

# --------------------------------------------------------------------
# experimental stuff (see python-dev discussions for details)

class Scanner:
    def __init__(self, lexicon, flags=0):
        from ._constants import BRANCH, SUBPATTERN
        flags = int(flags)
        self.lexicon = lexicon
        # combine phrases into a compound pattern
        p = []
        s = _parser.State()
        s.flags = flags
        for phrase, action in lexicon:
            gid = s.opengroup()
            p.append(_parser.SubPattern(s, [
                (SUBPATTERN, (gid, 0, 0, _parser.parse(phrase, flags))),
                ]))
            s.closegroup(gid, p[-1])
        p = _parser.SubPattern(s, [(BRANCH, (None, p))])
        parts = _compiler.compile(p)
        self.scanner = Pattern(parts[0], parts[1], parts[2], parts[3],
                               parts[4], parts[5])
    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex-1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
