# bytes methods, mirroring str's.
b = b"  Hello World  "
meths0 = ["upper", "lower", "title", "capitalize", "swapcase", "strip", "lstrip", "rstrip", "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii", "splitlines", "split", "rsplit"]
for s in [b, b"abc", b"ABC", b"Ab Cd", b"123", b"", b" \t\n", b"\xe9a", b"a\nb\r\nc", b"hello_world"]:
    print(s, [getattr(s, m)() for m in meths0])
s = b"abracadabra"
for sub in [b"a", b"bra", b"", b"z", 97]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2, 8), s.count(sub, 3))
print(s.index(b"c"), s.rindex(b"a"), s.startswith(b"abr"), s.endswith((b"x", b"ra")), s.startswith(b"a", 3))
try:
    s.index(b"z")
except ValueError as e:
    print(e)
try:
    s.rindex(b"z")
except ValueError as e:
    print(e)
print(s.replace(b"a", b"A"), s.replace(b"a", b"", 2), s.split(b"a"), s.split(b"a", 2), s.rsplit(b"a", 2), s.partition(b"c"), s.rpartition(b"a"), s.partition(b"q"))
print(b"a b  c".split(), b"a b  c".split(None, 1), b"a b  c".rsplit(None, 1), b"-".join([b"a", b"b"]), b"".join([bytearray(b"x"), b"y", memoryview(b"z")]))
print(b"xxhixx".strip(b"x"), b"abc".lstrip(b"ab"), b"abc".rstrip(b"bc"), b"ab".center(6), b"ab".ljust(5, b"*"), b"ab".rjust(5, b"-"), b"42".zfill(5), b"-42".zfill(6))
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(2), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcdef".translate(None, b"ace"), b"abc".translate(t, b"a"))
for bad in [lambda: b"a".join(["x"]), lambda: b"a".split("a"), lambda: b"a".find("a"), lambda: b"a".replace("a", "b"), lambda: b"abc".center(5, "x"),
            lambda: b"abc".strip("a"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".startswith("a"), lambda: b"a".count(256), lambda: b"a".decode("nosuch")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"\xff".decode("ascii", "replace"), b"\xff".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(b"%d-%s-%r-%x-%c-%c-%5.1f-%b-%a" % (5, b"s", b"r", 255, 65, b"Z", 1.25, b"bb", "é"))
print(b"%(k)s" % {b"k": b"v"}, b"%%", b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
for f, a in [(b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%y", 1), (b"%s %s", (1,))]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
