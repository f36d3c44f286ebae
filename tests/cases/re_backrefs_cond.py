# Numbered and named backreferences, conditionals (?(1)...|...) and
# (?(name)...), and repeated-word detection.
import re

print(re.findall(r"\b(\w+)\s+\1\b", "the the cat sat sat on the mat mat"))
print(re.sub(r"\b(\w+)( \1\b)+", r"\1", "hello hello hello world world"))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk").group(11))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it''s'").group())
pat = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = pat.match(s)
    print(repr(s), m.group(2) if m else None)
pat = re.compile(r"(?P<open>\()?\d+(?(open)\))")
print([m.group() for m in pat.finditer("(1) 2 (3 4)")])
print(re.match(r"(a)?b(?(1)c|d)", "bd").group(), re.match(r"(a)?b(?(1)c|d)", "abc").group())
print(re.match(r"(a)?b(?(1)c)", "b").group())
print(re.match(r"(?i)(ab)\1", "abAB"), re.match(r"(?i)(ab)\1", "ABab").group())
for bad in [r"(a)\2", r"(?P<a>x)(?P=b)", r"(?(2)a|b)", r"(?(1)a|b|c)"]:
    try:
        re.compile(bad)
        print(bad, "compiled")
    except re.error as e:
        print(bad, "->", e)
