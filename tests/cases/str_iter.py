# Iterating over strings
for ch in 'héllo':
    print(ch, ord(ch))
for i, ch in enumerate('日本語'):
    print(i, ch)
print(list('abc'), tuple('xy'), set('aaa'), [c * 2 for c in 'abc'])
vowels = 0
for c in 'The quick brown fox jumps over the lazy dog':
    if c.lower() in 'aeiou':
        vowels += 1
print('vowels', vowels)
print([c for c in 'a1b2c3' if c.isdigit()], ''.join([c for c in 'a1b2c3' if c.isalpha()]))
it = iter('xyz')
print(next(it), next(it), next(it), next(it, 'done'))
rev = ''
for c in reversed('stressed'):
    rev += c
print(rev)
print(list(zip('abc', 'xyz')), dict(zip('ab', '12')))
