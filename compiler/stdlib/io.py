"""The io module: in-memory text and binary streams (StringIO, BytesIO) in
Python with the behaviour and messages of CPython 3.11's C
implementations (Modules/_io/stringio.c, bytesio.c), plus the native
TextIOWrapper type of the standard streams and UnsupportedOperation.

Writes at the end of the buffer are collected in a list and joined when
the buffer is next needed, so building a large text with many writes is
linear.
"""

from _io import UnsupportedOperation, TextIOWrapper

__all__ = ["StringIO", "BytesIO", "TextIOWrapper", "UnsupportedOperation",
           "IOBase", "TextIOBase", "BufferedIOBase", "RawIOBase",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class _MemoryIO:
    """The buffer logic shared by StringIO and BytesIO (`_empty` is '' or
    b'')."""

    def _init_buffer(self):
        self._buf = self._empty
        self._parts = []
        self._len = 0
        self._pos = 0
        self._closed = False

    def _value(self):
        if self._parts:
            self._buf = self._buf + self._empty.join(self._parts)
            self._parts = []
        return self._buf

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def _write_raw(self, s):
        n = len(s)
        if n == 0:
            return
        pos = self._pos
        if pos == self._len:
            self._parts.append(s)
            self._len += n
        else:
            buf = self._value()
            if pos > self._len:
                buf = buf + self._pad(pos - self._len)
            buf = buf[:pos] + s + buf[pos + n:]
            self._buf = buf
            self._len = len(buf)
        self._pos = pos + n

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = self._empty
        self._parts = []

    def getvalue(self):
        self._check()
        return self._value()

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= self._len:
            return self._empty
        if size < 0 or pos + size > self._len:
            end = self._len
        else:
            end = pos + size
        self._pos = end
        if pos == 0 and end == self._len:
            return buf
        return buf[pos:end]

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        elif not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        if pos < self._len:
            self._buf = self._value()[:pos]
            self._len = pos
        return pos

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryIO, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _empty = ''
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._translate = newline is None
        self._universal = newline is None or newline == ''
        self._writenl = newline if newline is not None and newline[:1] == '\r' else '\n'
        # The default newline='\n': no translation on write, lines end at '\n'.
        self._plain = newline == '\n'
        self._init_buffer()
        if initial_value:
            self._write_str(initial_value)
            self._pos = 0

    def _pad(self, n):
        return '\0' * n

    def _write_str(self, s):
        if self._translate and '\r' in s:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        if self._writenl != '\n' and '\n' in s:
            s = s.replace('\n', self._writenl)
        self._write_raw(s)

    def write(self, s):
        if self._closed:
            raise ValueError(self._closed_message)
        if type(s) is not str and not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if not self._plain:
            self._write_str(s)
            return n
        if n:
            pos = self._pos
            if pos == self._len:
                # Appending: the common case, kept inline.
                self._parts.append(s)
                self._len = pos + n
                self._pos = pos + n
            else:
                self._write_raw(s)
        return n

    def __next__(self):
        if self._plain and not self._closed:
            buf = self._buf
            if self._parts:
                buf = self._value()
            pos = self._pos
            n = self._len
            if pos >= n:
                raise StopIteration
            i = buf.find('\n', pos)
            end = n if i < 0 else i + 1
            self._pos = end
            return buf[pos:end]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError(f"integer argument expected, got '{type(size).__name__}'")
        size = -1 if size is None else size
        buf = self._value()
        pos = self._pos
        n = self._len
        if pos >= n:
            return ''
        limit = n if size < 0 else min(n, pos + size)
        if self._plain:
            i = buf.find('\n', pos, limit)
            end = limit if i < 0 else i + 1
        elif self._universal and not self._translate:
            end = limit
            i = pos
            while i < limit:
                c = buf[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if i + 1 < limit and buf[i + 1] == '\n' else i + 1
                    break
                i += 1
        else:
            nl = '\n' if self._newline is None else self._newline
            i = buf.find(nl, pos, limit)
            end = limit if i < 0 else min(i + len(nl), limit)
        self._pos = end
        return buf[pos:end]

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence != 0 and whence != 1 and whence != 2:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")


class BytesIO(_MemoryIO, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b''
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=None):
        self._init_buffer()
        if initial_bytes is not None:
            self._write_raw(bytes(initial_bytes))
            self._pos = 0

    def _pad(self, n):
        return b'\0' * n

    def write(self, b):
        self._check()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        b = bytes(b)
        self._write_raw(b)
        return len(b)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        n = self._len
        if pos >= n:
            return b''
        limit = n if size < 0 else min(n, pos + size)
        i = buf.find(b'\n', pos, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return buf[pos:end]

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._len + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos
