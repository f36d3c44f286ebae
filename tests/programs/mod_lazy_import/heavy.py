print("heavy: loading (expensive setup)")
TABLE = [i * i for i in range(10)]

def lookup(i):
    return TABLE[i]
