# re.error for malformed patterns, with CPython's messages and the
# msg/pattern/pos/lineno/colno attributes; misuse raises TypeError etc.
import re

bad_patterns = [
    "a(b", "a)b", "*a", "a**", "a{3,2}", "[b-a]", "[a", r"\q", r"x\k",
    "(?P<1x>a)", "(?P<n>a)(?P<n>b)", "(?P=missing)", "(?<=a*)b", "(?z)",
    "(?", "(?P", "(?#unterminated", "a|?", r"\x4g", r"\u12", "(?i", "x{2,1}",
    "(?P<>a)", "(?P<a-b>x)", r"[\w-z]", "\\", "(?<", "(?(0)a|b)", "a++*",
]
for pat in bad_patterns:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "|", e, "|", e.msg, e.pos, (e.lineno, e.colno), e.pattern == pat)

try:
    re.compile("abc\n(def\nghi")
except re.error as e:
    print(str(e))
    print(e.lineno, e.colno, e.pos)

print(issubclass(re.error, Exception), re.error.__name__)
checks = [
    lambda: re.match("a", 123),
    lambda: re.match(b"a", "a"),
    lambda: re.match("a", b"a"),
    lambda: re.compile(None),
    lambda: re.compile(re.compile("x"), re.I),
    lambda: re.match("(a)", "a").group(3),
    lambda: re.match("(a)", "a").group("name"),
    lambda: re.match("(a)", "a")[2],
    lambda: re.sub("(a)", r"\2", "a"),
    lambda: re.sub("(a)", r"\g<bad", "a"),
    lambda: re.sub("(a)", r"\g<foo>", "a"),
    lambda: re.sub("a", r"\j", "a"),
    lambda: re.sub("a", lambda m: 42, "xay"),
]
for f in checks:
    try:
        print("ok:", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
