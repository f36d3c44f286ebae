# pyaot: full-stderr
def get(xs, i):
    return xs[i] * 2

print(get([1, 2, 3], 1))
print(get([1, 2, 3], 7))
