# Ends with an uncaught ZeroDivisionError
def ratio(a, b):
    return a / b
for b in [4, 2, 1]:
    print('ratio', ratio(8, b))
print('about to divide by zero')
print(ratio(1, 0))
print('never printed')
