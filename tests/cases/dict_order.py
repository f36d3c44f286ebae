# Insertion order is preserved and updates keep position
d = {}
for k in ['zeta', 'alpha', 'mu', 'beta', 'omega']:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d['alpha'] = 100
print(d)
n = {}
for i in [5, 3, 9, 1, 7, 0, -2, 100, 2**70]:
    n[i] = i * i
print(n)
print(list(n.keys()), list(n.items())[:3])
for k in n:
    print(k, n[k])
print({3: 'a', 1: 'b', 2: 'c'})
print(dict.fromkeys('hello'), dict.fromkeys([3, 1, 2], 0))
