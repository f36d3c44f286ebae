# pyaot: full-stderr
def foo(a):
    return a / 0

x = 1 + foo(2)
