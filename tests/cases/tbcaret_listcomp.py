# pyaot: full-stderr
items = [1, 2, 0, 4]
print([10 // x for x in items if x])
inverse = [10 // x for x in items]
