# Word frequencies, sentence splitting and normalisation of a paragraph.
import re

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness... It was the epoch of belief! It was
the epoch of incredulity? It was the season of Light; it was the season of
Darkness -- it was the spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(len(words), top)

sentences = [s for s in re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", TEXT)) if s]
for s in sentences:
    print(len(s), s[:40])
print(re.sub(r"\s*--\s*", " - ", re.sub(r"\.{3}", "…", TEXT)).count("…"))
print(re.findall(r"\b[A-Z]\w*", TEXT))
print(re.subn(r"\bit was\b", "'twas", TEXT, flags=re.I)[1])
print(max(re.findall(r"\w+", TEXT), key=len))
