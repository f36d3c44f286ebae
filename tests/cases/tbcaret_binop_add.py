# pyaot: full-stderr
def f(a, b):
    total = a + b
    return total

f(1, "x")
