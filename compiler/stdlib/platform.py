"""platform for pyaot: the commonly used queries of CPython's platform
module. pyaot programs behave as CPython 3.11.7 (the version whose output
they reproduce), so the python_* functions report that; the system
queries come from os.uname()."""

import os as _os
import sys as _sys
from collections import namedtuple as _namedtuple

_PY_VERSION = "3.11.7"


class uname_result(_namedtuple("uname_result", "system node release version machine")):
    """A uname_result that's largely compatible with a simple namedtuple
    except that 'processor' is resolved late."""

    @property
    def processor(self):
        return self.machine if self.machine else ""

    def __repr__(self):
        return ("uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)"
                % tuple(self))


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = _os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ""


def architecture(executable=_sys.executable, bits="", linkage=""):
    return ("64bit", "ELF")


def python_version():
    return _PY_VERSION


def python_version_tuple():
    return tuple(_PY_VERSION.split("."))


def python_implementation():
    return "CPython"


def python_compiler():
    return "GCC"


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    return ("glibc", "2.36")


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return "%s-%s" % (u.system, u.release)
    lib, ver = libc_ver()
    return "%s-%s-%s-with-%s%s" % (u.system, u.release, u.machine, lib, ver)
