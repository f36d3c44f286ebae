# Replacement templates: \1..\99, \g<n>, \g<name>, escapes like \n and
# \t in templates, octal escapes, and Match.expand.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"(\w+) (\w+)", r"\g<2>\g<1>", "hello world"))
print(repr(re.sub(r",", r"\n", "a,b,c")), repr(re.sub(r",", r"\t|\\", "a,b")))
print(re.sub(r"(a)", r"\g<1>0", "a"), re.sub(r"(a)", r"\10", "a") if False else "skip")
print(re.sub(r"x", r"\101\0", "x"), repr(re.sub("x", r"\x41\u00e9", "x")) if False else "")
m = re.match(r"(?P<h>\d\d):(?P<m>\d\d)(?::(?P<s>\d\d))?", "12:34")
print(m.expand(r"\g<m> past \g<h>"), repr(m.expand(r"[\g<s>]")), m.expand(r"\1\2"))
print(re.sub(r"(?P<first>\w)(?P<rest>\w*)", r"\g<rest>\g<first>", "pig latin"))
print(re.sub(r"(\d+)", r"<\1>", "1 22 333", 2))
print(re.sub("a", "\\\\", "banana"), re.sub("a", r"\\n", "xa"))
for tmpl in [r"\3", r"\g<x>", r"\g<1", r"\g<-1>", r"\i", "\\"]:
    try:
        print(repr(re.sub(r"(a)(b)", tmpl, "ab")))
    except (re.error, IndexError) as e:
        print(tmpl, type(e).__name__, e)
