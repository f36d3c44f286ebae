# OverflowError cases on floats and conversions
import math
cases = [
    ('2.0 ** 5000', lambda: 2.0 ** 5000),
    ('10.0 ** 400', lambda: 10.0 ** 400),
    ('float(2**1024)', lambda: float(2 ** 1024)),
    ('2**1024 / 1', lambda: 2 ** 1024 / 1),
    ('math.exp(1000)', lambda: math.exp(1000)),
    ('int(inf)', lambda: int(float('inf'))),
    ('math.floor(-inf)', lambda: math.floor(float('-inf'))),
    ('round(inf)', lambda: round(float('inf'))),
    ('1e308 * 10', lambda: 1e308 * 10),
    ('2**1023 * 2.0', lambda: 2 ** 1023 * 2.0),
    ('2**1023 + 0.5', lambda: 2 ** 1023 + 0.5),
    ('float(10**308)', lambda: float(10 ** 308)),
]
for label, f in cases:
    try:
        print(label, '=', f())
    except OverflowError as e:
        print(label, 'OverflowError:', e)
