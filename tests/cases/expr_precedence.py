# Operator precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 * -3, -3 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** -1, 17 % 5 * 2, 17 // 5 * 5 + 17 % 5)
print(1 + 2 << 3, 1 + (2 << 3), 16 >> 2 + 1, 5 & 3 | 8, 5 & (3 | 8), 6 ^ 3 & 5, 1 | 2 ^ 3)
print(not 1 == 2, not 1 + 1, -~5, ~-5, - - 5, +-+5)
print(3 > 2 == True, (3 > 2) == True, 1 + 1 == 2 and 3 < 4, 2 < 3 or 1 / 0)
print(True + True * 3, 'a' + 'b' * 3, [1] + [2] * 2, 2 * 3 % 4, 2 * (3 % 4))
print(not True and False, not (True and False), True or False and False, (True or False) and False)
print(1 < 2 == 2 > 1, 5 in [5] == True, -7 // 2 ** 2, -(7 // 2) ** 2)
x = 3
print(x * 2 if x > 2 else x / 2, x < 5 and x > 1 or x == 0)
