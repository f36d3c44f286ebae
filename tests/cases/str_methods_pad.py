# center, ljust, rjust, zfill
for s in ['a', 'ab', 'abc', 'héllo', '日本', '', 'toolongstring']:
    print('[' + s.center(7) + ']', '[' + s.center(8, '*') + ']', '[' + s.ljust(6, '.') + ']', '[' + s.rjust(6) + ']', '[' + s.zfill(5) + ']')
for s in ['42', '-42', '+42', '3.14', '-', '', 'abc', '-0']:
    print(repr(s), s.zfill(6), s.zfill(1))
for w in range(0, 10):
    print(repr('abc'.center(w)), repr('ab'.center(w, '-')))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
