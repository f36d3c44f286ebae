# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII; inline flags and
# scoped inline flags; the flag objects' reprs and arithmetic.
import re

text = "First line\nsecond LINE\nthird line"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.M))
print(re.findall(r"line$", text, re.M | re.I))
print(re.findall(r"(?im)line$", text))
print(re.search(r"First.*third", text))
print(re.search(r"First.*third", text, re.S).span())
print(re.search(r"(?s)First.*third", text).span())
print(re.findall(r"(?i:s)econd \w+", text))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print(re.findall(r"\d", "1٢3"), re.findall(r"\d", "1٢3", re.ASCII))
print(re.match(r"""(?x)
    \d+   # integer part
    (\.\d+)?  # fraction
""", "3.14").group())
print(re.I, re.M | re.I, re.S | re.A, repr(re.X), re.NOFLAG, re.I & re.M)
print(int(re.I | re.M), re.I == 2, re.I | 0, re.IGNORECASE is re.I, re.U)
print(re.compile("a", re.I).flags, re.compile("a").flags, re.compile(b"a").flags, re.compile("(?x)a").flags)
print(re.compile("a", re.I | re.M), re.compile(b"a", re.I), re.compile("a", re.A | re.S))
print(re.compile("(?i)a").match("A"), re.compile("a(?i)b" if False else "a(?i:b)").match("aB"))
print(re.match("k", "\u212a", re.I), re.match("(?a)k", "\u212a", re.I), re.match("ß", "SS", re.I))
print(re.match("[a-z]+", "HeLLo", re.I).group(), re.match("[^a-z]+", "12Ab", re.I).group())
print(re.findall("σ", "Σσς", re.I))
