# for loops with else clauses
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, '=', d, '*', n // d)
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty for else')
for x in [1, 2, 3]:
    if x == 10:
        break
else:
    print('no break')
for i in range(3):
    for j in range(3):
        if j == 2:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print('inner done', i)
