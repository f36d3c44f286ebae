# sys.stdin.read() of the whole input, word frequency
import sys
data = sys.stdin.read()
print(len(data), repr(data[:30]))
words = data.lower().split()
freq = {}
for w in words:
    w = w.strip('.,;:!?')
    if w:
        freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f'{w:<10}{c:>3}')
print(repr(sys.stdin.read()))
