# StringIO error messages, newline modes and BytesIO basics.
import io

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, TypeError, OSError) as e:
        print(label, type(e).__name__ + ":", e)

s = io.StringIO("hello")
attempt("write int", lambda: s.write(42))
attempt("seek neg", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(2, 1))
attempt("seek end", lambda: s.seek(-1, 2))
attempt("whence", lambda: s.seek(0, 7))
attempt("truncate neg", lambda: s.truncate(-2))
attempt("read float", lambda: s.read(1.5))
attempt("init int", lambda: io.StringIO(5))
attempt("bad newline", lambda: io.StringIO("", newline="x"))
s.close()
attempt("closed read", lambda: s.read())
attempt("closed write", lambda: s.write("x"))
attempt("closed getvalue", lambda: s.getvalue())
print(s.closed)

text = "a\nb\r\nc\rd"
for nl in ["\n", None, "", "\r\n", "\r"]:
    f = io.StringIO(text, newline=nl)
    print(repr(nl), f.readlines(), repr(f.getvalue()))
w = io.StringIO(newline="\r\n")
w.write("x\ny\n")
print(repr(w.getvalue()))

b = io.BytesIO(b"line1\nline2\n")
print(b.readline(), b.read(), b.tell())
b.seek(0)
b.write(b"LINE")
print(b.getvalue())
attempt("bytes write str", lambda: b.write("text"))
print(b.seek(-2, 2), b.read())
with io.BytesIO() as bb:
    bb.write(b"abc")
    bb.write(bytearray(b"def"))
    print(bb.getvalue(), bb.tell())
