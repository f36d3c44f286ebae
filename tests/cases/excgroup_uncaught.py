# pyaot: full-stderr
def inner():
    raise ValueError("bad value")

def outer():
    excs = []
    for f in (inner, lambda: 1 / 0):
        try:
            f()
        except Exception as e:
            excs.append(e)
    raise ExceptionGroup("several errors", excs)

outer()
