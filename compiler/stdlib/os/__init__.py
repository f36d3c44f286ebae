"""The os module for pyaot: CPython 3.11's Lib/os.py (PSF licence) reduced
to POSIX and adapted, over the native `posix` module
(runtime/src/modules/posix.rs). Provides environ (a live mapping that
calls putenv/unsetenv), getenv, the directory helpers (makedirs,
removedirs, renames), walk, scandir/DirEntry, stat_result, fspath,
PathLike, fsencode/fsdecode and the path-name constants; `os.path` is
posixpath.
"""

import abc
import sys
import stat as st
import posix as _posix
from posix import (getcwd, chdir, listdir, rmdir, unlink, rename, symlink,
                   link, readlink, access, strerror, urandom, cpu_count,
                   umask, _exit, getpid, getppid, getuid, geteuid, getgid,
                   getegid, close, read, write, lseek, isatty, putenv,
                   unsetenv, system,
                   O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL,
                   O_TRUNC, O_NONBLOCK, O_CLOEXEC, O_NOFOLLOW, O_DIRECTORY,
                   F_OK, R_OK, W_OK, X_OK)

name = 'posix'
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

supports_bytes_environ = True


def fspath(path):
    """Return the path representation of a path-like object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        else:
            raise TypeError("expected str, bytes or os.PathLike object, "
                            "not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    else:
        raise TypeError("expected {}.__fspath__() to return str or bytes, "
                        "not {}".format(path_type.__name__,
                                        type(path_repr).__name__))


class _PathLikeMeta(abc.ABCMeta):
    # CPython's PathLike.__subclasshook__: any class with __fspath__.
    def __instancecheck__(cls, instance):
        return hasattr(type(instance), '__fspath__')

    def __subclasscheck__(cls, subclass):
        return hasattr(subclass, '__fspath__')


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---------------------------------------------------------------------
# Wrappers adding CPython's keyword arguments and path-like support.

def _p(path):
    if isinstance(path, (str, bytes)):
        return path
    if isinstance(path, int) and not isinstance(path, bool):
        return path
    return fspath(path)


def getcwdb():
    return getcwd().encode('utf-8', 'surrogateescape')


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(_p(path), mode)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _posix.chmod(_p(path), mode)


def remove(path, *, dir_fd=None):
    _posix.unlink(_p(path))


def unlink(path, *, dir_fd=None):
    _posix.unlink(_p(path))


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(_p(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_p(src), _p(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_p(src), _p(dst))


def chdir(path):
    _posix.chdir(_p(path))


def listdir(path=None):
    if path is None:
        path = '.'
    return _posix.listdir(_p(path))


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _posix.open(_p(path), flags, mode)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _posix.access(_p(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = (int(times[0] * 1e9), int(times[1] * 1e9))
    _posix.utime(_p(path), ns)


class stat_result(tuple):
    """The result of os.stat(): a 10-item tuple with named fields."""

    n_sequence_fields = 10
    n_fields = 19

    def __new__(cls, raw):
        self = tuple.__new__(cls, (raw[0], raw[1], raw[2], raw[3], raw[4],
                                   raw[5], raw[6], int(raw[7]), int(raw[8]),
                                   int(raw[9])))
        self._raw = raw
        return self

    st_mode = property(lambda self: self._raw[0])
    st_ino = property(lambda self: self._raw[1])
    st_dev = property(lambda self: self._raw[2])
    st_nlink = property(lambda self: self._raw[3])
    st_uid = property(lambda self: self._raw[4])
    st_gid = property(lambda self: self._raw[5])
    st_size = property(lambda self: self._raw[6])
    st_atime = property(lambda self: self._raw[7])
    st_mtime = property(lambda self: self._raw[8])
    st_ctime = property(lambda self: self._raw[9])
    st_atime_ns = property(lambda self: self._raw[10])
    st_mtime_ns = property(lambda self: self._raw[11])
    st_ctime_ns = property(lambda self: self._raw[12])
    st_blksize = property(lambda self: self._raw[13])
    st_blocks = property(lambda self: self._raw[14])

    def __repr__(self):
        r = self._raw
        return ("os.stat_result(st_mode=%r, st_ino=%r, st_dev=%r, st_nlink=%r, "
                "st_uid=%r, st_gid=%r, st_size=%r, st_atime=%r, st_mtime=%r, "
                "st_ctime=%r)" % (r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                                  int(r[7]), int(r[8]), int(r[9])))

    __str__ = __repr__


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix.stat(_p(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.stat(_p(path), False))


def fstat(fd):
    return stat_result(_posix.stat(fd, True))


class terminal_size(tuple):
    def __new__(cls, cols_lines):
        return tuple.__new__(cls, cols_lines)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')


class uname_result(tuple):
    def __new__(cls, t):
        return tuple.__new__(cls, t)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return ("posix.uname_result(sysname=%r, nodename=%r, release=%r, "
                "version=%r, machine=%r)" % tuple(self))


def uname():
    return uname_result(_posix.uname())


def getlogin():
    return environ.get('LOGNAME') or environ.get('USER') or ''


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---------------------------------------------------------------------
# scandir

class DirEntry:
    """An entry yielded by scandir(): name, path and cached stat queries."""

    def __init__(self, dirpath, name):
        self.name = name
        if isinstance(dirpath, bytes):
            sepc = b'/'
        else:
            sepc = '/'
        if dirpath.endswith(sepc):
            self.path = dirpath + name
        else:
            self.path = dirpath + sepc + name
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_dir(self, *, follow_symlinks=True):
        try:
            return st.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return st.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_symlink(self):
        try:
            return st.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except FileNotFoundError:
            return False


class _ScandirIterator:
    def __init__(self, path, names):
        self._path = path
        self._names = names
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._names):
            raise StopIteration
        n = self._names[self._i]
        self._i += 1
        return DirEntry(self._path, n)

    def close(self):
        self._i = len(self._names)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    if path is None:
        path = '.'
    path = _p(path)
    names = _posix.listdir(path)
    return _ScandirIterator(path, names)


import os.path as path
import os.path


# ---------------------------------------------------------------------
# From CPython's os.py.

def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator yielding (dirpath, dirnames, filenames)."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return

    with scandir_it:
        while True:
            try:
                entry = next(scandir_it)
            except StopIteration:
                break
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    walk_into = not is_symlink
                if walk_into:
                    walk_dirs.append(entry.path)

    if topdown:
        yield top, dirs, nondirs
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---------------------------------------------------------------------
# environ

from collections.abc import MutableMapping, Mapping


class _Environ(MutableMapping):
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        keys = list(self._data)
        for key in keys:
            yield key

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join(
            f"{key!r}: {value!r}" for key, value in self._data.items())
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(dict(_posix.environ_items()))


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)
