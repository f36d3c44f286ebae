# Keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, c=1, b=9))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
def g(*args, sep=' ', end=''):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep='-', end='!'), g(end='.'))
def h(x, *, key=None, reverse=False):
    return sorted(x, key=key, reverse=reverse)
print(h([3, -1, 2]), h([3, -1, 2], key=abs), h([3, -1, 2], reverse=True))
