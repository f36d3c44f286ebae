# int() conversions from strings, floats, bools and bases
strs = ['42', ' -7 ', '+15', '0', '-0', '007', '1_000_000', '123456789012345678901234567890', '  12\n', '\t-99\t']
for s in strs:
    print(repr(s), int(s))
print(int('ff', 16), int('FF', 16), int('-ff', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('101', 2), int('0b101', 0), int('z', 36), int('ZZ', 36))
print(int('10', 3), int(' 1a ', 11))
for f in [3.9, -3.9, 0.5, -0.5, 1e10, 2.0**70, -1e20, 0.0, -0.0]:
    print(f, int(f))
print(int(True), int(False), int(), int(-5), int(2**100))
bad = ['x', '', ' ', '1.5', '12a', '--1', '1 2', '0x10', '_1', '1__0']
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int('5', 1)
except ValueError as e:
    print('ValueError:', e)
