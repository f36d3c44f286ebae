# log, log2, log10, exp, pow
import math
for v in [1, 2, math.e, 10, 100, 0.5, 1e-10, 1024, 2**100]:
    print(v, math.log(v), math.log2(v), math.log10(v))
print(math.log(8, 2), math.log(100, 10), math.log(81, 3), math.log(2**1000, 2), math.log(10**100, 10))
for v in [0, 1, -1, 0.5, 10, 100, -100, 709, -745]:
    print(v, math.exp(v))
print(2.0 ** 10, 2 ** 0.5, (-8.0) ** 3, 4.0 ** -1)
print(math.exp(1e-10) - 1)
for bad in [0, -1]:
    try:
        math.log(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError:', e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
