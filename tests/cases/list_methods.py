# append/extend/insert/remove/pop/clear/index/count/copy/reverse
a = []
for i in range(5):
    a.append(i * i)
print(a)
a.extend([100, 200])
a.extend(range(3))
a.extend('ab')
print(a)
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
a.remove('ab'[0])
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(100), a.count(0), a.count(99))
try:
    a.remove(999)
except ValueError as e:
    print('ValueError:', e)
try:
    a.index('zzz')
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
b = a.copy()
b.reverse()
print(a)
print(b)
b.clear()
print(b, len(b))
c = [3, 1, 2]
r = c.sort()
print(r, c)
print([1, 2, 3, 2, 1].index(2, 2), [5, 6, 7].index(7, -1))
