# Greedy, lazy and possessive quantifiers, atomic groups, {m,n} forms,
# and how backtracking chooses among alternatives (leftmost first).
import re

s = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.*>", s))
print(re.findall(r"<.*?>", s))
print(re.findall(r"<[^>]*>", s))
print(re.match(r"a{2}", "aaaa").group(), re.match(r"a{2,}", "aaaa").group(), re.match(r"a{,3}", "aaaa").group())
print(re.match(r"a{2,3}?", "aaaa").group(), re.match(r"a{1,}?", "aaaa").group(), re.match(r"x{0}y", "y"))
print(re.match(r"a{,}", "aa"), re.match(r"a{x", "a{x"), re.match(r"a{1,2", "a{1,2"))
print(re.match(r"a*+a", "aaa"), re.match(r"a*a", "aaa").group())
print(re.match(r"(?>a+)b", "aaab").group(), re.match(r"(?>a|ab)c", "abc"), re.match(r"(?:a|ab)c", "abc").group())
print(re.match(r"\d++\.", "123."), re.match(r"[a-z]?+a", "a"), re.match(r"(ab)++", "ababx").group())
print(re.match(r"(?:ab){2,3}+", "abababab").group(), re.match(r"x{2,3}+y", "xxy"))
try:
    re.compile(r"x{2,3}?+y")
except re.error as e:
    print("error:", e)
print(re.match(r"a|ab|abc", "abc").group(), re.match(r"abc|ab|a", "abc").group())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(a+)(a*)", "aaaa").groups(), re.match(r"(a+?)(a*)", "aaaa").groups())
print(re.match(r"(a*)*", "b").groups(), re.match(r"(a*)+", "b").groups(), re.match(r"(a|b)*", "ab").groups())
print(re.match(r"(?:(a)|(b))*", "abab").groups(), re.match(r"((a)|b)+", "ab").groups())
print(re.search(r"(\d+)\s*(?:items?|pcs)", "order 12 items, 3pcs").groups())
print(re.fullmatch(r"(x+x+)+y", "x" * 10 + "y") is not None)
