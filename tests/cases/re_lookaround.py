# Lookahead and lookbehind assertions (positive and negative), including
# password rules and number formatting with thousands separators.
import re

def strong(pw):
    return bool(re.fullmatch(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}", pw))

for pw in ["password", "Passw0rd!", "SHORT1!a", "NoDigits!!", "ok", "Valid#Pass123"]:
    print(pw, strong(pw))

def commas(n):
    return re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", str(n))
for n in [1, 12, 123, 1234, 1234567, 1000000000]:
    print(n, commas(n))

print(re.findall(r"\w+(?=ing\b)", "singing and dancing while king sings"))
print(re.findall(r"(?<!\$)\b\d+\b", "cost $30 for 4 items, $5 each, 12 total"))
print(re.findall(r"(?<=\$)\d+", "cost $30 for 4 items, $5 each"))
print(re.findall(r"\b(?!un)\w+able\b", "unable capable unstable readable"))
print(re.search(r"(?<=-)\w+", "spam-egg").group())
print(re.sub(r"(?<=[.!?]) +(?=[a-z])", lambda m: " ^", "one. two! Three? four."))
for pat in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!ab|c)x"]:
    try:
        print(pat, re.findall(pat, "abd cd bcd axx"))
    except re.error as e:
        print(pat, "error:", e)
