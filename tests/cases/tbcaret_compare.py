# pyaot: full-stderr
def smallest(xs):
    best = xs[0]
    for x in xs[1:]:
        if x < best:
            best = x
    return best

print(smallest([3, 1, 2]))
print(smallest([3, "a"]))
