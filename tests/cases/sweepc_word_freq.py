import re
from collections import Counter, defaultdict

text = """Python is a programming language that lets you work quickly
and integrate systems more effectively. Python is powerful... and fast;
plays well with others; runs everywhere; is friendly & easy to learn; is Open.
"""
STOP = {"is", "a", "and", "to", "that", "you", "with", "more"}
tokens = re.findall(r"[A-Za-z]+", text)
words = [t.lower() for t in tokens]
freq = Counter(w for w in words if w not in STOP)
print(len(tokens), len(freq))
width = max(map(len, freq))
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:<{width}} {n:2d} {'*' * n}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print({k: v for k, v in sorted(by_len.items()) if k >= 8})
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(2))
sent = [s.strip() for s in re.split(r"(?<=[.;])\s+", text) if s.strip()]
print(len(sent), [len(s.split()) for s in sent])
initials = "".join(w[0].upper() for w in tokens if w[0].isupper())
print(initials, text.count("is"), len(re.findall(r"\bis\b", text)))
print(sorted(freq, key=lambda w: (len(w), w))[:5], freq.total() if hasattr(freq, "total") else sum(freq.values()))
vowels = Counter(c for c in text.lower() if c in "aeiou")
print(sorted(vowels.items()), max(vowels, key=vowels.get))
print(re.sub(r"\s+", " ", text).strip()[:60] + "...")
print(" ".join(f"{w}:{c}" for w, c in Counter(len(w) for w in words).most_common(3)) if False else Counter(len(w) for w in words).most_common(3))
