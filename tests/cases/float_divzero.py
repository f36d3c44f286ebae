# Division by zero error messages for floats and ints
cases = [(1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0), (-5, 0), (2**100, 0)]
for a, b in cases:
    for name, op in [('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y), ('divmod', divmod)]:
        try:
            r = op(a, b)
            print(a, name, b, '=', r)
        except ZeroDivisionError as e:
            print(a, name, b, 'ZeroDivisionError:', e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(pow(0, -2))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
