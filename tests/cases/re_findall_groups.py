# findall: list of strings without groups, group text with one group,
# tuples with several; unmatched groups give ''.
import re

text = "John: 555-1234, Jane: 555-5678; Bob: none, Alice: 555-0000"
print(re.findall(r"\d{3}-\d{4}", text))
print(re.findall(r"(\w+): \d{3}-(\d{4})", text))
print(re.findall(r"(\w+): (?:\d{3}-\d{4})", text))
print(re.findall(r"(\w+): (\d{3}-\d{4})?", text))
print(re.findall(r"(a)|(b)", "abcab"))
print(re.findall(r"", "abc"))
print(re.findall(r"\w*", "ab cd"))
print(re.findall(r"(\d)(\d)?", "1 23 456"))
print(re.findall(r"[A-Z][a-z]+", "Hello World From Python"))
print(re.findall(r"(?i)the", "The theme of the thesis"))
print(re.findall(r"\bthe\b", "The theme of the thesis", re.I))
print(re.findall(r"(?P<key>\w+)=(?P<val>\w+)", "a=1 b=2 c=3"))
pairs = dict(re.findall(r"(\w+)=(\w+)", "x=10 y=20 z=30"))
print(pairs)
p = re.compile(r"o")
print(p.findall("foo boo zoo", 2, 9))
print(len(re.findall(r".", "x" * 1000)))
