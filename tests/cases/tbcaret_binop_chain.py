# pyaot: full-stderr
def add_values(a, b, c, d, e):
    return a + b + c + d + e

print(add_values(1, 2, 3, 4, 5))
add_values(1, 2, 'x', 3, 4)
