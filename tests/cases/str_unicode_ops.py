# Unicode-aware operations: len, slicing, reversing, upper, find
samples = ['naïve', 'Ærøskøbing', 'Привет мир', 'こんにちは世界', 'ελληνικά', 'mixed ascii 日本 and é', '🐍🐍x']
for s in samples:
    print(s, len(s), s[::-1], s[1:4], s.upper(), s.lower(), s.find(' '), s.split(' '))
    print('  ', [ord(c) for c in s[:3]], s.center(20, '·'), s.count(s[0]))
print('Привет'.startswith('При'), 'мир' in 'Привет мир', 'Ω'.lower(), 'ω'.upper())
print(sorted('日本語テキスト'), max('héllo'), min('héllo'))
print(str(len('\u00e9')), len('𝔘𝔫𝔦'), '𝔘𝔫𝔦'[1])
