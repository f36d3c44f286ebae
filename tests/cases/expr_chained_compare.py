# Chained comparisons
vals = [1, 2, 3, 2, 1]
for a in range(4):
    for b in range(4):
        print(a, b, a < b < 3, a <= b <= 2, a == b == 1, a != b != 2, 0 < a > b, a < b > 1 < 3)
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print('a' < 'b' < 'c', [1] < [2] < [3], 1 < x is not None, 1 in [1, 2] in [[1, 2]], 2 not in [1] != False)
print(0 <= 0.0 <= -0.0 <= False, 0 == 0.0 == False)
