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
]
for pat, s in cases:
    c = re.compile(pat)
    m = c.search(s)
    print(pat, "|", m.span() if m else None, m.groups() if m else None,
          c.findall(s), c.sub("<\\g<0>>", s), [x.span() for x in c.finditer(s)])
