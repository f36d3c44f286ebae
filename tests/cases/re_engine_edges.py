# Engine corner cases: lazy repeats of possibly-empty bodies (which must
# terminate), zero-width guards, nested repeats with groups, and marks
# restored on backtracking through alternatives and assertions.
import re

cases = [
    (r"((?<=b))*?(?=\B)[A-Z]", "xaAbB c1 2"),
    (r"((?!(?<!a))|[ab]|^|a)+?", "aab ba"),
    (r"(?:((([à-é])*?))*)+?", "éàb a1_"),
    (r"(?:a|^)+?|(?>\B)(?>[a-c])", "ba ab  cab"),
    (r"(((?:b)*(?=[ab]))*?)??", "abab"),
    (r"(?<!a)|((?<!b)[ab]){1,2}", "aab ba"),
    (r"(a*)*?b", "aaab"),
    (r"(a|b)*?c", "abac"),
    (r"(?:(a)|b)*?$", "abab"),
    (r"((a)|(b))*?c", "abc"),
    (r"(x?)*y", "xxy"),
    (r"(?:()|a)*b", "aab"),
    (r"(a(?=b)|.)+", "abac"),
    (r"(?:(\d)|x)+", "1x2x"),
    (r"(?:a(?!b)|ab)+c", "aabac abc"),
    (r"(a{0,2}?){3}b", "aab"),
    (r"\B", ""),
    (r"\b", ""),
    (r"(?:(?:a|b)*?){2,}c", "abc"),
    (r"(?:(\w)[a-z]{2,3}|\1|b)++", "aaaaab"),
    (r"(?:(a)|b(?=(c)))+", "abcab"),
    (r"((a)|b)*?(?(2)x|y)", "aby abx"),
]
for pat, s in cases:
    c = re.compile(pat)
    m = c.search(s)
    print(pat, "|", m.span() if m else None, m.groups() if m else None,
          c.findall(s), c.sub("<\\g<0>>", s), [x.span() for x in c.finditer(s)])

# Bounds: pos/endpos are clamped; a window with pos > endpos finds nothing.
c = re.compile(r"\w+")
print(c.search("hello world", 3, 8), c.search("hello", -5, 99), c.search("hello", 4, 2))
print(c.findall("ab cd ef", 1, 7), c.findall("ab", 2, 1), list(c.finditer("ab cd", 4, 1)))
print(c.match("ab cd", 3), c.fullmatch("ab cd", 3, 5), c.fullmatch("ab cd", 3, 4))

# Negative counts mean no replacements or splits at all.
print(re.sub("a", "b", "aaa", count=-1), re.subn("a", "b", "aaa", -2), re.split("a", "bab", maxsplit=-1))

# match() with pos beyond endpos behaves as CPython's engine does with its
# pointer past the end: only some zero-width patterns succeed.
for pat in ["", r"\b", "a*", "(?:a)*", "$", "(?=)", "(?!x)", r"(?<=b)", "(?m)$", "()"]:
    m = re.compile(pat).match("ab\ncd", 3, 1)
    print(repr(pat), m, m.span() if m else None)
