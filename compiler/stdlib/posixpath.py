"""posixpath: the same module as os.path (compiler/stdlib/os/path.py)."""

from os.path import *
from os.path import __all__, _get_sep, _joinrealpath
