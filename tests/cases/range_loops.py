# Loops over ranges with mutation of the loop variable and shadowing
for i in range(5):
    print(i, end=' ')
    i = 100
print()
print('after loop i =', i)
for i in range(3, 0, -1):
    for j in range(i):
        print((i, j), end=' ')
    print()
n = 0
for _ in range(7):
    n += 2
print(n)
for k in range(0):
    print('never')
print('done')
acc = []
for x in range(-5, 6, 5):
    acc.append(x)
print(acc)
evens = [i for i in range(20) if i % 2 == 0]
odds = list(range(1, 20, 2))
print(evens, odds, len(evens + odds))
