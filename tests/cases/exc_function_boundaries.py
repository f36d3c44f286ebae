# Exceptions unwinding through several frames, with finally in each
trace = []
def a(n):
    try:
        return b(n) + 1
    finally:
        trace.append('a')
def b(n):
    try:
        return c(n) * 2
    finally:
        trace.append('b')
def c(n):
    trace.append('c')
    if n < 0:
        raise ValueError('negative: %d' % n)
    return n
print(a(5), trace)
trace.clear()
try:
    a(-1)
except ValueError as e:
    print('caught', e, trace)
def recurse(n):
    if n == 0:
        raise RuntimeError('bottom reached')
    try:
        recurse(n - 1)
    finally:
        if n % 100 == 0:
            print('unwinding', n)
try:
    recurse(300)
except RuntimeError as e:
    print('RuntimeError:', e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf') if a > 0 else float('-inf') if a < 0 else float('nan')
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0)]])
