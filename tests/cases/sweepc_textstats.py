import re
import string
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), len(set(words)))
c = Counter(words)
for w, n in c.most_common(5):
    print(f"{w:<8}{n:>3} {'#' * n}")
lines = TEXT.splitlines()
print([len(l) for l in lines])
print(max(lines, key=len)[:20])
letters = Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase)
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
sentences = [s.strip() for s in re.split(r"[,.]", TEXT) if s.strip()]
print(len(sentences), sentences[-1])
avg = sum(map(len, words)) / len(words)
print(f"average word length: {avg:.3f}")
print(TEXT.count("it was"), TEXT.find("Light"), TEXT.rfind("of"))
caps = [w for w in re.findall(r"\b[A-Z]\w*", TEXT)]
print(caps)
table = str.maketrans("aeiou", "AEIOU", ",")
print(lines[0].translate(table))
print(string.capwords("the quick  brown fox"))
print(" ".join(w[::-1] for w in lines[1].split()[:4]))
print(c["was"] + c["it"], c["missing"])
print((c - Counter(it=5, was=10)).most_common(2))
