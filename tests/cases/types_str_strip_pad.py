# strip family, justification, zfill, expandtabs.
ss = ["  abc  ", "xxabcxx", "\t\n abc \r\x0b", "", "abc", "xyzabczyx", "\u3000a\u3000", "aaa"]
for s in ss:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xyz")), repr(s.lstrip("xa")), repr(s.rstrip("a ")), repr(s.strip(None)), repr(s.strip("")))
try:
    "a".strip(1)
except Exception as e:
    print(type(e).__name__, e)
for s in ["abc", "", "abcdef", "é"]:
    for w in (-1, 0, 2, 3, 6, 7, 10):
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "-")), repr(s.center(w, "é")))
try:
    "a".center(5, "ab")
except Exception as e:
    print(type(e).__name__, e)
try:
    "a".ljust(5, "")
except Exception as e:
    print(type(e).__name__, e)
try:
    "a".rjust("5")
except Exception as e:
    print(type(e).__name__, e)
for s in ["42", "-42", "+42", "", "abc", "-", "+", "3.14", "-0.5e3", "++1"]:
    print(repr(s), [s.zfill(w) for w in (0, 1, 3, 5, 8)])
for s in ["a\tb", "\t", "abc\tdef\tg", "12345678\tx", "a\nb\tc", "a\r\tb", "\t\t"]:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(-1)))
print(repr("ab".center(5)), repr("abc".center(6)), repr("a".center(4)), repr("ab".center(7, "+")))
for s in ["aaa", "xabcx", "abab"]:
    print(s.removeprefix("a"), s.removesuffix("x"), s.removeprefix(""), s.removesuffix("ab"))
