import textwrap
import string

para = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, 25)[:3])
print(textwrap.shorten(para, width=40, placeholder=" [...]"))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.fill("a " * 10, width=8, initial_indent="* ", subsequent_indent="  "))
t = string.Template("$who likes ${what}; cost $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="ann"))
try:
    t.substitute(what="x")
except KeyError as e:
    print("KeyError", e)
print(string.ascii_letters[:10], string.digits, string.hexdigits, string.punctuation[:8])
print(repr(string.whitespace), string.octdigits)
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{b}c{d:>3}")))
s = "  Hello, World!  "
print(s.strip().lower().replace("world", "there").center(21, "~"))
print(s.lstrip(), "|", s.rstrip(), "|", s.strip(" !H"))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("hello".title(), "HeLLo".swapcase(), "ß".upper(), "ǅ".lower(), "straße".casefold())
print("abc".zfill(6), "-42".zfill(6), "x".rjust(4, "0"), "tab\tsep".expandtabs(4))
print("Hello World".startswith(("He", "Wo")), "file.tar.gz".endswith(".gz"), "abcabc".index("c", 3))
print("123".isdigit(), "12.3".isdecimal(), "abc1".isalnum(), "   ".isspace(), "Title Case".istitle(), "ⅷ".isnumeric())
print("".join(reversed("stressed")), "-".join(map(str, range(5))), "x".join("abc"))
print("%s" % "a\tb".encode(), "café".encode("utf-8"), "naïve".encode("ascii", "replace"), "ab".encode("utf-16-le"))
print("one two three".removeprefix("one ").removesuffix("three"), "mississippi".count("ss"))
print("line1\nline2\r\nline3".splitlines(keepends=True))
print(str.maketrans({"a": "1", "b": None}), "abcab".translate(str.maketrans({"a": "1", "b": None})))
