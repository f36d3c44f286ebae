# abs, unary minus, and sign handling
vals = [0, 1, -1, 7, -7, 2**62, -(2**62), 2**63, -(2**63), 2**64 + 1, -(2**64 + 1)]
for v in vals:
    print(v, abs(v), -v, +v, -(-v) == v, abs(v) == abs(-v))
print(abs(True), abs(False), -True, -False, +True)
def sign(x):
    return (x > 0) - (x < 0)
for v in vals:
    print(sign(v), end=' ')
print()
print(abs(-3) * -abs(3))
