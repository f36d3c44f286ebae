# pyaot: full-stderr
def f(*, key):
    return -key

print(f(key=2))
print(max(f(key=1), f(key="x")))
