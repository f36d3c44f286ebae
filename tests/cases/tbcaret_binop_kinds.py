# pyaot: full-stderr
import traceback

cases = [
    lambda a, b: a - b,
    lambda a, b: a * b,
    lambda a, b: a ** b,
    lambda a, b: a // b,
    lambda a, b: a % b,
    lambda a, b: a << b,
    lambda a, b: a >> b,
    lambda a, b: a & b,
    lambda a, b: a | b,
    lambda a, b: a ^ b,
    lambda a, b: a @ b,
]
for fn in cases:
    try:
        fn(1, "s")
    except TypeError:
        print(traceback.format_exc())

def g(x, y):
    return (x) // y

try:
    g(1, 0)
except ZeroDivisionError:
    print(traceback.format_exc())
g(1, 0)
