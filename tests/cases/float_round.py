# round() with and without ndigits, half-even behaviour
vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999, 2.675, 1.005, 0.125, 0.375, 1e20, -1e-5, 123.456]
for v in vals:
    r0 = round(v)
    print(v, r0, type(r0).__name__, round(v, 0), round(v, 1), round(v, 2), round(v, -1))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1))
print(round(123456789, -3), round(2**70 + 12345, -4), type(round(12, 1)).__name__)
print(round(1e300, -300), round(0.1 + 0.2, 10), round(1 / 3, 5), round(-0.0), round(-0.4))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(round(float('inf'), 2), round(float('nan'), 1))
for i in range(10):
    x = i + 0.5
    print(x, round(x), round(-x))
