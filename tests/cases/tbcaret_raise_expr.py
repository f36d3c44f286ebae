# pyaot: full-stderr
def fail(msg):
    raise RuntimeError(msg)

def helper():
    x = fail("boom") if True else 0
    return x

helper()
