# get, setdefault, keys/values/items
d = {'x': 1, 'y': None}
print(d.get('x'), d.get('y'), d.get('z'), d.get('z', 'dflt'), d.get('y', 'dflt'))
print(d.setdefault('x', 99), d.setdefault('w', []), d)
d.setdefault('w', []).append(1)
d.setdefault('w', []).append(2)
print(d)
print(d.setdefault('n'), d)
groups = {}
for word in 'apple avocado banana blueberry cherry cranberry apricot'.split():
    groups.setdefault(word[0], []).append(word)
print(groups)
print(list(d.keys()), list(d.values()), list(d.items()))
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
