# Positional-only parameters
def f(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 4, e=6), f(1, 2, d=0, c=9))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, b=2, c=3)
except TypeError as e:
    print('TypeError:', e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2), g('pos', y=3))
def pow2(base, exp=2, /):
    return base ** exp
print(pow2(3), pow2(3, 3))
