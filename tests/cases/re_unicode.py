# Unicode-aware classes and case-insensitivity for str patterns.
import re

s = "Ünïcödé text: Straße, ΑΒΓ αβγ, Привет мир, 数字123٤٥٦, tab\there"
print(re.findall(r"\w+", s))
print(re.findall(r"\d+", s), re.findall(r"(?a)\d+", s))
print(re.findall(r"[α-ω]+", s), re.findall(r"(?i)[α-ω]+", s))
print(re.findall(r"(?i)привет", s), re.findall(r"(?i)STRASSE", s), re.findall(r"(?i)straSSe", s))
print(re.sub(r"\s+", "_", s))
print(re.split(r"[,:]\s*", s))
print([m.span() for m in re.finditer(r"\b\w", s)][:8])
print(re.search(r"мир", s).span(), s[re.search(r"мир", s).start():][:3])
print(re.match(r".{3}", "日本語テキスト").group(), re.match(r"(?s).+", "行1\n行2").group())
print(re.findall(r"[^\x00-\x7f]+", "abc déf ghí"), re.findall(r"[\u00e0-\u00ff]", "àéîõü"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "élan vital ärger"))
print(re.fullmatch(r"\w+", "ǅemal"), re.match(r"(?i)ǆ", "Ǆ"), re.match(r"(?i)ﬀ", "FF"))
print(re.findall(r"\s", "a\u00a0b\u2003c\u3000d\x1ce"))
print(re.findall(r"(?i)[k]", "Kk\u212a"), re.findall(r"(?i)[^k]", "Kk\u212ax"))
