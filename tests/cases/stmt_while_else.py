# while loops with else, break and continue
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print('n', n)
else:
    print('while else ran, n =', n)
m = 0
while True:
    m += 1
    if m > 4:
        break
print('m', m)
k = 10
while k > 0:
    if k == 7:
        print('breaking at 7')
        break
    k -= 1
else:
    print('not printed')
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([4, 5, 6], 6), find([4, 5, 6], 7), find([], 1))
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
x = 100
while x:
    x //= 3
    print(x, end=' ')
print()
