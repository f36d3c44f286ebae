# Ends with an uncaught TypeError from a builtin operation
values = [1, 2, '3', 4]
total = 0
for v in values:
    print('adding', repr(v))
    total = total + v
print(total)
