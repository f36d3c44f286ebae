# The Match object API: group/groups/groupdict, start/end/span, pos,
# endpos, string, re, regs, lastindex, __getitem__, repr, truthiness.
import re

p = re.compile(r"(\w+) (\w+)(?P<bang>!)?")
m = p.search(">> hello world <<", 1)
print(m)
print(repr(m), bool(m))
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.group("bang"))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default="?"))
print(m.start(), m.end(), m.span(), m.span(2), m.start(3), m.end("bang"), m.span("bang"))
print(m.pos, m.endpos, m.string, m.re, m.re is p, m.regs, m.lastindex, m.lastgroup)
print(m[0], m[1], m["bang"])
m2 = p.match("a b!", 0, 3)
print(m2, m2.endpos, m2.lastindex, m2.lastgroup)
m3 = p.fullmatch("a b!")
print(m3, m3.lastindex, m3.lastgroup, m3.regs)
print(re.match(r"x*", "yyy"), re.match("", ""), re.search("$", "ab"))
long = re.search(r"\w+", "z" * 100)
print(long)
print(re.search(r"'.*'", "it's 'quoted \"text\"' here"))
print(re.search("é+", "caféé au lait"), re.search(b"\\d+", b"ab123"))
print(re.match("(a)(b)?", "a").span(2), re.match("(a)(b)?", "a").group(2))
print(type(m).__name__, isinstance(m, re.Match), isinstance(p, re.Pattern))
