"""hashlib for pyaot: md5, sha1, sha224, sha256, sha384, sha512 (and
blake2b/blake2s from the pure-Python _blake2) with
CPython's hash-object interface (update, digest, hexdigest, copy, name,
digest_size, block_size) over the native one-shot digests of `_hashlib`.
A hash object keeps the data fed to it and digests it when asked.
"""

import _hashlib

from _blake2 import blake2b, blake2s

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'file_digest')

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64),
          'sha256': (32, 64), 'sha384': (48, 128), 'sha512': (64, 128)}

algorithms_guaranteed = frozenset(_SIZES) | {'blake2b', 'blake2s'}
algorithms_available = algorithms_guaranteed


def _check(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("object supporting the buffer API required")
    return bytes(data)


class _Hash:
    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._parts = []
        if data:
            self._parts.append(_check(data))

    def update(self, data):
        self._parts.append(_check(data))

    def digest(self):
        if len(self._parts) > 1:
            self._parts = [b''.join(self._parts)]
        return _hashlib.digest(self.name, self._parts[0] if self._parts else b'')

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = _Hash(self.name)
        h._parts = list(self._parts)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x%x>' % (self.name, id(self))


def new(name, data=b'', **kwargs):
    key = name.lower().replace('-', '')
    if key == 'blake2b':
        return blake2b(data, **kwargs)
    if key == 'blake2s':
        return blake2s(data, **kwargs)
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, data)


def md5(data=b'', *, usedforsecurity=True):
    return _Hash('md5', data)


def sha1(data=b'', *, usedforsecurity=True):
    return _Hash('sha1', data)


def sha224(data=b'', *, usedforsecurity=True):
    return _Hash('sha224', data)


def sha256(data=b'', *, usedforsecurity=True):
    return _Hash('sha256', data)


def sha384(data=b'', *, usedforsecurity=True):
    return _Hash('sha384', data)


def sha512(data=b'', *, usedforsecurity=True):
    return _Hash('sha512', data)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
