# Named groups, backreferences by name and number, groupdict, lastgroup,
# and template references \g<name> / \g<1> in sub and expand.
import re

p = re.compile(r"(?P<first>\w+)\s+(?P<last>\w+)(?:\s+\((?P<nick>\w+)\))?")
for s in ["Ada Lovelace (ada)", "Alan Turing", "Grace"]:
    m = p.match(s)
    if not m:
        print(s, "-> no match")
        continue
    print(m.group("first"), m.group("last"), m.group("nick"), m.groupdict(), m.groupdict(""))
    print(m.lastgroup, m.lastindex, m.expand(r"\g<last>, \g<first>"), m.expand(r"[\3]"))

print(re.sub(r"(?P<word>\b\w+) (?P=word)\b", r"\g<word>", "this is is a test test ok"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\g<2> <- \g<1>", "mail joe@acme.com and ann@corp.com"))
print(re.sub(r"(?P<d>\d)", r"<\g<d>\g<0>>", "a1b2"))
print(re.search(r"(['\"])(.*?)\1", "say \"hi\" and 'bye'").group(2))
m = re.match(r"(?P<a>a)(?P<b>b)?(?P<c>c)?", "ac")
print(m.groups(), m.groups("?"), m.span("b"), m.start("c"), m.end("c"), m.regs)
print(m["a"], m[0], m.group(1, "c", 0))
print(re.compile(r"(?P<x>a)|(?P<y>b)").match("b").lastgroup)
print(re.compile(r"(a)(?P<y>b)").match("ab").lastgroup)
print(re.compile(r"(a)(b)").match("ab").lastgroup)
