# str.format with positional, keyword, index and attribute-free fields
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ann', age=30), '{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
print('{:>10}|{:<10}|{:^10}|'.format('r', 'l', 'c'))
print('{:*^15}'.format(' mid '), '{:08.3f}'.format(3.14159), '{:,}'.format(1234567), '{:x}'.format(255))
print('{{literal}} {}'.format('x'), '{!r} {!s}'.format('a', 'b'))
print('{0:{1}}|'.format('w', 5), '{:{fill}{align}{width}}'.format('z', fill='#', align='>', width=6))
rows = [('apple', 1.5, 10), ('banana', 0.25, 200), ('cherry', 12.0, 3)]
for name, price, qty in rows:
    print('{:<10}{:>8.2f}{:>6d}{:>10.2f}'.format(name, price, qty, price * qty))
print('{:b} {:o} {:X} {:#b} {:e} {:%}'.format(10, 10, 255, 5, 1500.0, 0.25))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError:', e)
try:
    '{:d}'.format('s')
except ValueError as e:
    print('ValueError:', e)
