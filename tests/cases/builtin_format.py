# format() builtin
print(format(42), format(42, '5'), format(42, '<5') + '|', format(42, 'b'), format(3.14159, '.2f'), format('s', '>3'))
print(format(1234567, ','), format(0.5, '%'), format(1e-9, 'e'), format(-7, '+05d'), format(255, '#x'))
for spec in ['', '10', '<10', '>10', '^10', '.3', '10.3', 'x<8', '0>6']:
    print(repr(spec), repr(format('abc', spec)), repr(format(12, spec) if spec != '.3' and spec != '10.3' else format(1.23456, spec)))
try:
    format(12, 's')
except ValueError as e:
    print('ValueError:', e)
try:
    format('x', 'd')
except ValueError as e:
    print('ValueError:', e)
