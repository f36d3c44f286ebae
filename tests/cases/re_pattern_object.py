# Pattern objects: attributes, repr, equality, methods with pos/endpos,
# and compile caching behaviour visible to programs.
import re

p = re.compile(r"(?P<num>\d+)(?:\.(?P<frac>\d+))?")
print(p, p.pattern, p.flags, p.groups, p.groupindex, repr(p.groupindex))
print(dict(p.groupindex), "num" in p.groupindex, len(p.groupindex), p.groupindex["frac"])
print(p.search("v 3.14 ok"), p.match("v 3.14", 2), p.match("v 3.14", 2, 4))
print(p.fullmatch("3.14"), p.fullmatch("3.14", 0, 3), p.fullmatch("x3.14", 1))
print(p.findall("1.5 22 3.75", 2), p.findall("1.5 22 3.75", 0, 6))
print([m.span() for m in p.finditer("1 22 333", 1, 7)])
print(p.sub("#", "a1b22.5c"), p.subn(r"<\g<num>>", "1 and 2.5"))
print(p.split("a1b2.5c", 1))
print(re.compile("x" * 210))
print(re.compile(r"a\d'\"b"), re.compile("a", re.I | re.S | re.M | re.X))
print(re.compile(b"ab+", re.I), re.compile("tab\there"))
print(re.compile("ab") == re.compile("ab"), re.compile("ab") == re.compile("ab", re.I), re.compile("ab") != re.compile("ac"))
print(hash(re.compile("ab")) == hash(re.compile("ab")))
print(re.compile(re.compile("abc")).pattern, re.compile("a") is re.compile("a"))
print(re.escape("1+1=2? (yes) [x] {y} a.b*c ^$|\\ #&~-"), re.escape("héllo wörld_123"))
print(re.escape(b"a.b*c"), re.match(re.escape("a.b"), "a.b"), re.match(re.escape("a.b"), "axb"))
print(re.purge())
