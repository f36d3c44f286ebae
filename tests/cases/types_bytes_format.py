# bytes and bytearray %-formatting (PEP 461).
cases = [
    (b"%s", b"abc"), (b"%b", b"abc"), (b"%5s|", b"ab"), (b"%-5s|", b"ab"), (b"%.2s", b"abcdef"), (b"%s", bytearray(b"ba")), (b"%s", memoryview(b"mv")),
    (b"%d", 42), (b"%05d", -42), (b"%x", 255), (b"%#X", 255), (b"%o", 8), (b"%e", 1.5), (b"%.3f", 3.14159), (b"%g", 1e-7), (b"%c", 65), (b"%c", b"z"),
    (b"%r", "é"), (b"%a", "日"), (b"%r", b"x"), (b"%%", ()), (b"%s %s", (b"a", b"b")), (b"%(x)s-%(y)d", {b"x": b"X", b"y": 5}), (b"%i", True),
    (b"%s", "str"), (b"%s", 5), (b"%b", None), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%d", b"1"), (b"%x", 1.5), (b"%s %s", (b"a",)),
    (b"%s", (b"a", b"b")), (b"%q", 1), (b"%(x)s", {"x": b"str-key"}), (b"abc", ()), (b"abc", b"x"), (b"%s", [1]), (b"\xff%s\x00", b"\x80"),
]
for fmt, args in cases:
    try:
        print(fmt, type(args).__name__, fmt % args)
    except Exception as e:
        print(fmt, type(args).__name__, type(e).__name__, e)
print(bytearray(b"%d-%s") % (1, b"x"), type(bytearray(b"%d") % 5).__name__)
class B:
    def __bytes__(self):
        return b"from-bytes"
print(b"<%s>" % B(), b"<%b>" % (B(),))
ba = bytearray(b"x=%d")
ba %= 5
print(ba)
