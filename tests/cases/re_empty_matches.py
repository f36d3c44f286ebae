# Empty matches in sub/findall/finditer/split (Python 3.7+ rules: an
# empty match is allowed right after a non-empty one).
import re

print(re.sub("x*", "-", "abxd"))
print(re.sub("x*", "-", "abxxd"))
print(re.sub("", "-", "abc"))
print(re.sub("(?=b)", "^", "abcb"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"a*", "<\\g<0>>", "baaac"))
print(re.findall("x*", "axxb"), re.findall(r"\b", "ab cd"))
print([m.span() for m in re.finditer(r"a*", "baaac")])
print([m.span() for m in re.finditer(r"(?=a)|a", "aa")])
print(re.split("x*", "axbc"), re.split("(x*)", "axbc"), re.split(r"(?=[A-Z])", "SplitCamelCase"))
print(re.subn("^", ">", "l1\nl2\nl3", flags=re.M), re.subn("$", "<", "l1\nl2\n", flags=re.M))
print(re.sub(r"(?<=a)", "-", "aaa", count=2), re.sub("", "", "abc"))
print(re.findall(r"(a|)", "aba"), re.findall(r"()", "ab"))
