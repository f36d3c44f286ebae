# str.replace including count and empty patterns
s = 'the cat sat on the mat with the hat'
print(s.replace('the', 'THE'), s.replace('at', '@', 2), s.replace('zz', 'yy'), s.replace(' ', ''))
print('aaaa'.replace('a', 'bb'), 'aaaa'.replace('aa', 'a'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print(''.replace('', 'x'), 'abc'.replace('abc', ''), 'héllo'.replace('é', 'e'), '日本日本'.replace('本', 'x', 1))
print('a.b.c'.replace('.', '/', -1), 'a.b.c'.replace('.', '/', 0))
t = 'banana'
for n in range(-1, 5):
    print(n, t.replace('a', 'A', n))
print('tab\there'.expandtabs(4), 'x\ty'.expandtabs())
