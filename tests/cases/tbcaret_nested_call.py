# pyaot: full-stderr
def inner(x):
    return int(x)

def outer(x):
    return [inner(x)]

print(len(outer("3")))
result = str(len(outer("abc")))
