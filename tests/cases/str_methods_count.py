# str.count and the in operator
s = 'mississippi'
for sub in ['s', 'ss', 'i', 'issi', 'p', 'x', '', 'mississippi']:
    print(repr(sub), s.count(sub), s.count(sub, 2), s.count(sub, 1, 6), sub in s, sub not in s)
print('aaaaa'.count('aa'), 'aaaaa'.count('a', -2), ''.count(''), ''.count('a'), 'abc'.count(''))
print('日本日本日'.count('日'), 'ééé'.count('é', 1))
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
letters = {}
for ch in text:
    if ch != ' ':
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
