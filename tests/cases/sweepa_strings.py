# String methods, formatting and multi-line strings.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.lower(), s.upper(), s.swapcase())
t = "hello world foo"
print(t.title(), t.capitalize(), t.split(), t.split("o"), t.split("o", 1), t.rsplit(" ", 1))
print(t.find("o"), t.rfind("o"), t.index("w"), t.count("o"), t.find("zz"), t.startswith(("he", "x")))
print(t.replace("o", "0"), t.replace("o", "0", 2), "-".join(["a", "b", "c"]), t.partition(" "), t.rpartition(" "))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(6))
print("a\tb\tc".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("Abc1".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "ABC".isupper())
print("ß".upper(), "İ".lower(), "ﬁ".upper(), "straße".casefold(), len("日本語"), "日本語"[1])
print("{0} {1} {0}".format("a", "b"), "{name}={value:>5}".format(name="x", value=3), "{:*^11}".format("mid"))
print("{:<6}|{:>6}|{:^6}|".format("l", "r", "c"), "{:06.2f}".format(3.14159), "{:x} {:o} {:b} {:#x}".format(255, 8, 5, 255))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}), "{:,}".format(10**9))
text = """Line one
    indented "quotes" 'single'
Last\tline"""
print(text)
print(len(text), text.count("\n"))
raw = r"C:\new\table"
print(raw, len(raw), "\x41\u00e9\N{BULLET}", "\101")
print("abc" * 3, "a" + "b", "abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc" < "abd", "Z" < "a")
print(str(123), str(1.0), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(ord("a"), chr(97), chr(0x1F600), ascii("héllo"), "%s" % [1, 2], "%(a)s-%(b)d" % {"a": "x", "b": 2})
print("a,b,c".split(",", maxsplit=1), " a  b ".split(" "), "".split(), "".split(","))
print("hello"[10:], "hello"[-10:2], "x".join("abc"), "abc".translate(str.maketrans("ab", "xy")))
print("tEsT".lower().upper(), "  x ".strip() or "empty", "" or "empty", "abc".removeprefix("a"), "abc".removesuffix("c"))
f = 3
print(f"{f!r:>4}", f"{'nested'}", f"{f * 2 = }", f"{{literal}}", f"{f:{'>'}{5}}")
width = 8
print(f"{'x':^{width}}|", f"{3.14159:.{f}f}", f"{[1, 2]}", f"{ {'a': 1} }")
