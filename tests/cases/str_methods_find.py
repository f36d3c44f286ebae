# find, rfind, index, rindex with bounds and errors
s = 'abracadabra'
for sub in ['a', 'bra', 'cad', 'z', '', 'abracadabra', 'abracadabrax']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.find(sub, 1), s.find(sub, 2, 8), s.rfind(sub, 0, 5), s.find(sub, -4))
print(s.index('c'), s.rindex('a'), s.index('a', 4), s.rindex('bra', 0, 6))
for args in [('z',), ('a', 11), ('cad', 0, 5)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print('ValueError:', e)
try:
    s.rindex('q')
except ValueError as e:
    print('ValueError:', e)
u = 'ñandú ñu'
print(u.find('ñ'), u.rfind('ñ'), u.find('dú'), u.index('u'))
print('abc'.find('c', 10), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind(''))
