# Prints a lot of output and then raises an uncaught exception
for i in range(2000):
    print(i, i * i, 'line of output ' * (i % 4))
print('about to fail')
items = [1, 2, 3]
print(items[10])
