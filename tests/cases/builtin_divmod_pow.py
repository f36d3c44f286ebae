# divmod and pow builtins including 3-argument pow
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (2**65, 7), (0, 5)]:
    print(a, b, divmod(a, b))
for b, e in [(2, 10), (2, -2), (-2, 3), (0, 0), (2.5, 2), (9, 0.5), (-8, 1 / 3), (10, 20)]:
    print(b, e, pow(b, e))
for b, e, m in [(2, 10, 1000), (3, 200, 13), (-2, 3, 5), (2, 3, -5), (7, 0, 1), (5, -1, 7), (123456789, 987654321, 10**9 + 7), (2, 2**100, 2**61 - 1)]:
    print(b, e, m, pow(b, e, m))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(pow(-8.0, 2), pow(base=2, exp=5), pow(2, 5, mod=3))
