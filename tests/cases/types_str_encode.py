# str.encode and bytes.decode with errors handlers.
ss = ["abc", "é", "日本", "\U0001F600", "ÿĀ", "\x00\x7f\x80"]
for s in ss:
    for enc in ["utf-8", "ascii", "latin-1", "utf8", "UTF-8", "latin1", "iso-8859-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]:
            try:
                print(repr(s), enc, err, s.encode(enc, err))
            except Exception as e:
                print(repr(s), enc, err, type(e).__name__, e)
bs = [b"abc", b"\xc3\xa9", b"\xff\xfe", b"a\x80b", b"\xe6\x97\xa5\xe6", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80"]
for b in bs:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace"]:
            try:
                print(b, enc, err, repr(b.decode(enc, err)))
            except Exception as e:
                print(b, enc, err, type(e).__name__, e)
print("x".encode(), b"x".decode(), "é".encode(encoding="latin-1"), b"\xe9".decode(errors="replace"))
try:
    "x".encode("nosuch")
except Exception as e:
    print(type(e).__name__, e)
try:
    "x".encode("utf-8", "nosuch")
except Exception as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"), str(b"abc"))
