# open(): modes, errors, seek/tell, newline handling, encodings, binary files.
import sys
base = "/tmp/pyaot_types_file_modes_" + sys.argv[0].replace("/", "_")[-60:]
p = base + ".txt"
with open(p, "w", encoding="utf-8") as f:
    f.write("alpha\nbeta\r\ngamma\rdelta")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline()), f.tell() > 0, repr(f.read(2)))
    f.seek(0)
    print(repr(f.read(5)))
    f.seek(0, 2)
    print(repr(f.read()))
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == p, str(e).startswith("[Errno 17] File exists"))
try:
    open("/tmp", "r")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open("/nonexistent_dir_pyaot/x.txt", "w")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
for mode in ["rw", "rr", "", "b", "rbt", "z", "U", "++"]:
    try:
        open(p, mode).close()
        print(mode, "ok")
    except (ValueError, NotImplementedError) as e:
        print(repr(mode), type(e).__name__ if type(e) is ValueError else "NotImplemented", e if type(e) is ValueError else "")
for kw in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(p, "rb", **kw)
    except ValueError as e:
        print(e)
try:
    open(p, newline="x")
except ValueError as e:
    print(e)
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    open(3.5)
except TypeError as e:
    print(e)
with open(p, "wb") as f:
    print(f.write(b"\x00\x01\xffbinary\n"), f.write(bytearray(b"ba")), f.write(memoryview(b"mv")), f.tell())
    try:
        f.write("text")
    except TypeError as e:
        print(e)
with open(p, "rb") as f:
    print(f.read(3), f.readline(), f.read(), f.read(), f.tell())
    f.seek(1)
    print(f.read(2), list(open(p, "rb")))
with open(p, "w", encoding="latin-1") as f:
    f.write("café")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read(), f.encoding)
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(p, encoding="ascii", errors="replace") as f:
    print(f.read())
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve ☃")
print(open(p).read())
with open(p, "w") as f:
    try:
        f.write("é".encode())
    except TypeError as e:
        print(e)
    print(f.writable(), f.readable(), f.seekable(), f.closed, f.mode, f.encoding)
f = open(p)
f.close()
f.close()
for op in [f.read, f.readline, lambda: next(iter(f)), lambda: f.write("x"), f.tell]:
    try:
        op()
    except ValueError as e:
        print(e)
with open(p, "a") as f:
    f.write("1")
with open(p, "a") as f:
    f.write("2")
print(open(p).read())
open(p, "w").close()
print(repr(open(p).read()))
