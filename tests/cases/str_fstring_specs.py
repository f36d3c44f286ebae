# f-string format specs on ints, floats and strings
vals = [0, 5, -5, 42, 1234567, -9876543210]
for x in vals:
    print(f'{x:>10}|{x:<10}|{x:^10}|{x:010}|{x:+}|{x:,}|{x:_}|{x:x}|{x:#X}|{x:o}|{x:e}|{x:.2f}|')
fvals = [0.0, 3.14159, -2.71828, 1234567.891, 1e-7, 1e21, 0.5]
for x in fvals:
    print(f'{x:08.3f}|{x:>12.4f}|{x:<12e}|{x:,.2f}|{x:g}|{x:.3g}|{x:+.2e}|{x:10.1%}|{x:=+12.3f}|')
for s in ['a', 'abc', 'héllo', '']:
    print(f'{s:>6}|{s:_<6}|{s:*^7}|{s:.2}|{s!r:8}|{s:6.1}|')
print(f'{12:#b}', f'{12:#o}', f'{12:#x}', f'{-12:#x}', f'{12:c}', f'{0x1F600:c}')
print(f'{1234.5:.1f}', f'{True:>5}', f'{False!r:>7}')
print(f'{"left":-<12}{"right":->12}')
