# pyaot: full-stderr
def f():
    return undefined_name

def g():
    f()

g()
