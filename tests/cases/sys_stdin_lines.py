import sys
total = 0
words = []
for line in sys.stdin:
    parts = line.split()
    words.extend(parts)
    total += sum(int(p) for p in parts if p.isdigit())
print(total, len(words), words[:3])
data = sys.stdin.read()
print(repr(data))
