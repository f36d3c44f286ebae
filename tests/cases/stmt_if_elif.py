# if/elif/else chains
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 9, 10, 99, 100, 10**10]:
    print(n, classify(n))
def fizz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)
print(' '.join([fizz(i) for i in range(1, 31)]))
for v in [0, 1, '', 'x', [], [0], None]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3:
    if x > 4:
        print('nested both')
    else:
        print('nested outer only')
if x == 1: print('one')
elif x == 5: print('five')
