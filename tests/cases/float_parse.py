# float() from strings and other values
strs = ['1', '1.5', ' -2.25 ', '1e10', '1E-3', '.5', '5.', '-.5e2', '+3', 'inf', '-Infinity', 'nan', '1_000.5',
        '16', '00012.50', '1e500', '-1e500', '1e-400', '3.14159265358979323846']
for s in strs:
    print(repr(s), float(s))
print(float(3), float(-0), float(True), float(2**60), float(), float(1.5))
for s in ['', 'abc', '1.2.3', '1e', 'e5', '--1', '1 2', 'in f']:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError:', e)
try:
    float(None)
except TypeError as e:
    print('TypeError:', e)
try:
    float([1])
except TypeError as e:
    print('TypeError:', e)
print(float('1.7976931348623157e308'), float('2.2250738585072014e-308'), float('4.9e-324'))
