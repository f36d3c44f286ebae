# Indexing strings by code point, including non-ASCII
words = ['hello', 'héllo', '日本語', 'naïve café', 'a€b', 'Ωmega', 'x', '🐍snake', 'ß']
for w in words:
    print(w, len(w), w[0], w[-1], w[len(w) // 2], [w[i] for i in range(len(w))])
s = 'héllo wörld 日本'
for i in range(-len(s), len(s)):
    print(i, s[i], ord(s[i]))
for bad in [len(s), -len(s) - 1, 100]:
    try:
        print(s[bad])
    except IndexError as e:
        print('IndexError:', e)
print(s.find('ö'), s.index('日'), s.count('l'), 'é' in s, 'e' in s)
print(s.upper(), s.title(), s[::-1])
print(len('日本'), len('\u00e9'), len('e\u0301'), '\u00e9' == 'é')
