"""warnings for pyaot: warn/warn_explicit with CPython's filter actions
('default', 'error', 'ignore', 'always', 'module', 'once'),
simplefilter/filterwarnings/resetwarnings, catch_warnings (with
record=True) and showwarning/formatwarning. pyaot does not track the
caller's frame, so a shown warning names the file 'sys' and line 1 and
'default' shows each distinct message once per category.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings", "WarningMessage"]

filters = []
defaultaction = "default"
_onceregistry = {}
_seen = set()


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno",
                        "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    item = (action, message, category, module, lineno)
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def simplefilter(action, category=Warning, lineno=0, append=False):
    filterwarnings(action, "", category, "", lineno, append)


def resetwarnings():
    filters[:] = []


_DEFAULT_IGNORED = ("DeprecationWarning", "PendingDeprecationWarning",
                    "ImportWarning", "ResourceWarning")


def _action_for(text, category):
    for action, msg, cat, mod, ln in filters:
        if msg and not text.lower().startswith(msg.lower()):
            continue
        if issubclass(category, cat):
            return action
    if category.__name__ in _DEFAULT_IGNORED:
        return "ignore"
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    warn_explicit(message, category, "sys", 1, source=source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category)
    if action == "ignore":
        return
    if action == "error":
        raise message
    key = (text, category)
    if action in ("default", "module", "once"):
        if key in _seen:
            return
        _seen.add(key)
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


def _showwarnmsg(msg):
    showwarning(msg.message, msg.category, msg.filename, msg.lineno,
                msg.file, msg.line)


class catch_warnings(object):
    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __enter__(self):
        global _showwarnmsg
        self._entered = True
        self._filters = filters[:]
        self._seen = set(_seen)
        self._showwarnmsg = _showwarnmsg
        _seen.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _showwarnmsg = log.append
            return log
        return None

    def __exit__(self, *exc_info):
        global _showwarnmsg
        filters[:] = self._filters
        _seen.clear()
        _seen.update(self._seen)
        _showwarnmsg = self._showwarnmsg
