# bytes literals, indexing, slicing, repr, constructors and operators.
print(b"", b"abc", b"\x00\x01\xff", b"'", b'"', b"'\"", b"\\", b"\t\n\r", bytes(3), bytes([65, 66]), bytes(b"xy"), bytes(bytearray(b"q")), bytes("é", "utf-8"))
print(repr(b"a\x7fb\x80"), bytes(range(0, 256, 17)))
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], b[-3:])
for i in (11, -12):
    try:
        b[i]
    except IndexError as e:
        print(e)
for bad in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes("abc"), lambda: bytes(1.5),
            lambda: b"a" + "b", lambda: "b" + b"a", lambda: b"a" * 1.5, lambda: b"abc"[float(1)], lambda: 300 in b"abc", lambda: "a" in b"abc",
            lambda: b"a" < "a", lambda: bytes(b"x", "utf-8"), lambda: bytes("x", encoding=5), lambda: b"x".__setitem__(0, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" * 0, 97 in b"abc", b"bc" in b"abc", b"" in b"", b"abc" == b"abc", b"a" < b"b", b"ab" < b"a")
print(b"abc" == "abc", b"abc" != "abc", list(b"abc"), tuple(b"hi"), len(b"abc"), hash(b"abc") == hash(b"abc"), sorted(b"cab"))
print(bytes.fromhex("de ad BE EF"), bytes.fromhex(""), b"\xde\xad".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4), b"x".hex())
for h in ["abc", "zz", "0 1", "a b"]:
    try:
        print(bytes.fromhex(h))
    except ValueError as e:
        print(e)
print(bytes(x for x in range(5)), bytes(map(ord, "map")), bytes(memoryview(b"mv")))
print(str(b"x"), repr(bytes([39])), repr(bytes([34, 39])), b"%s" % b"q" if True else "")
print(isinstance(b"", bytes), type(b"") is bytes, bytes is not bytearray, b"abc"[1:2] == b"b")
print(b"a\x00b".split(b"\x00"), max(b"abc"), min(b"abc"), sum(b"abc"), b"abc".__len__())
