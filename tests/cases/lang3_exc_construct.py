# Exception construction corners: __init__ not calling super keeps args, __new__ overrides, args assignment, OSError subclasses, KeyError/StopIteration/SystemExit, Unicode errors
class E(Exception):
    def __init__(self, a, b):
        self.a = a
print(str(E(1, 2)), repr(E(1, 2)), E(1, 2).args)
class F(Exception):
    def __init__(self, msg):
        super().__init__()
        self.msg = msg
print(repr(str(F("m"))), F("m").args)
class G(ValueError):
    def __new__(cls, *args):
        print("  G.__new__", args)
        return super().__new__(cls, *args)
print(repr(G("x")))
class H(Exception):
    pass
h = H("a", "b")
h.args = ("changed",)
print(h, h.args)
h.args = [1, 2]
print(h.args)
class WithKw(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
w = WithKw("m", code=5)
print(w, w.code, w.args)
try:
    raise WithKw("raised", code=9)
except WithKw as e:
    print(e.code)
class OSE(OSError):
    def __init__(self, path):
        super().__init__(2, "No such thing", path)
o = OSE("/x")
print(o, o.errno, o.filename, o.args, isinstance(o, OSError))
print(KeyError("k"), KeyError("a", "b"), KeyError(), repr(KeyError("k")))
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e, e.start, e.end, e.reason, e.encoding)
e2 = UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)")
print(e2, e2.object, e2.start)
e3 = UnicodeDecodeError("utf-8", b"abc", 0, 3, "bad")
print(e3, e3.object)
print(UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "r"))
