# round and abs builtins
for v in [0, 5, -5, 2**70, -(2**70), 0.0, -0.0, 3.7, -3.7, float('inf'), float('-inf'), True, False]:
    print(repr(v), abs(v))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001, 1e16 + 0.5]:
    print(v, round(v), round(v, 1), round(v, -1))
print(round(0.125, 2), round(0.135, 2), round(2.675, 2), round(1.0000000001, 9), round(123.456, -2), round(-123.456, 1))
print(round(17, -1), round(15, -1), round(25, -1), round(-15, -1), round(150, -2), round(250, -2), round(7, 2), round(7, -5))
print(abs(-2**63), abs(-1e-320), round(1.23456789e-5, 8))
