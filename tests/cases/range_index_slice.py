# Indexing, slicing, index() and count() on ranges
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[len(r) - 1], len(r))
print(r[1:4], r[::-1], r[::2], r[-2:], list(r[1:4]), list(r[::-1]))
print(r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, -1 in r, 31 in r)
try:
    r[100]
except IndexError as e:
    print('IndexError:', e)
try:
    r.index(12)
except ValueError as e:
    print('ValueError:', e)
neg = range(10, -10, -3)
print(list(neg), neg[3], neg[-1], 1 in neg, 4 in neg, neg.index(-5))
print(range(10)[::3], range(10)[5:2:-1], list(range(10)[5:2:-1]))
big = range(10**20)
print(big[-1], 10**19 in big, big[12345], big[10**19])
