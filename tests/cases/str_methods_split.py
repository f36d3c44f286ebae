# str.split / rsplit variants
cases = ['a,b,c', 'a,,b,', ',', '', 'one two  three', '  leading and trailing  ', 'a\tb\nc\r\nd', 'x']
for c in cases:
    print(repr(c), c.split(','), c.split(), c.split(',', 1), c.rsplit(',', 1), c.split(' '))
print('a b c d e'.split(None, 2), 'a b c d e'.rsplit(None, 2), 'a b c'.split(maxsplit=1))
print('1::2::3'.split('::'), '1::2::3'.rsplit('::', 1), 'aaa'.split('a'), 'aaa'.split('aa'))
print('日本;語;テスト'.split(';'), 'héllo wörld'.split('ö'))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
line = '  name = value = more  '
k, v = line.strip().split('=', 1)
print(repr(k.strip()), repr(v.strip()))
print([int(x) for x in '10 20 30 -4'.split()], sum(map(int, '1,2,3'.split(','))))
print('a\n\nb\n'.split('\n'), 'a\n\nb\n'.splitlines())
