# Ordering after deletes and reinserts
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
del d['b']
print(d)
d['b'] = 22
print(d)
d.pop('a')
d['a'] = 11
print(d)
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d)
d['z'] = 0
d['c'] = 33
print(d, list(d.items()))
big = {}
for i in range(50):
    big[i] = i
for i in range(0, 50, 2):
    del big[i]
for i in range(0, 10, 2):
    big[i] = -i
print(list(big)[:30])
print(len(big), sum(big.values()))
churn = {}
for i in range(200):
    churn[i % 7] = i
    if i % 3 == 0:
        del churn[i % 7]
print(churn)
