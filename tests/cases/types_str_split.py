# split/rsplit/splitlines/partition with separators and maxsplit.
cases = ["a b  c   d", "  lead and trail  ", "a,b,,c,", ",a,b", "", "   ", "one", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\u2028i\u3000j",
         "a::b::c::", "::"]
for s in cases:
    for m in (-1, 0, 1, 2, 5):
        print(repr(s), m, s.split(maxsplit=m), s.rsplit(maxsplit=m), s.split(",", m), s.rsplit(",", m), s.split("::", m), s.rsplit("::", m))
for s in ["abc", ""]:
    for sep in ["", None]:
        try:
            print(s.split(sep))
        except Exception as e:
            print(type(e).__name__, e)
try:
    "a".split(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    "a".rsplit("")
except Exception as e:
    print(type(e).__name__, e)
print("a b c".split(None, 1), "a b c".rsplit(None, 1), "a b c".split(sep=" ", maxsplit=1))
lines = ["a\nb\r\nc\rd", "a\n\nb\n", "\n", "", "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r", "no newline", "trail\r"]
for s in lines:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
for s in ["a=b=c", "abc", "=", "", "a==b"]:
    for sep in ["=", "==", "b"]:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
try:
    "abc".partition("")
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except Exception as e:
    print(type(e).__name__, e)
