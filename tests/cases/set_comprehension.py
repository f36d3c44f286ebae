# Set comprehensions and set() constructor
print({x % 7 for x in range(50)})
print({x * x for x in range(-5, 6)})
print({x for x in range(100) if x % 9 == 0})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(set([5, 5, 1, 1, 3]), set((9, 8, 7)), set(range(5, 0, -1)), set({4: 'a', 2: 'b'}))
print(sorted({c for c in 'mississippi'}), len(set('mississippi')))
words = 'the cat and the dog and the bird'.split()
print(len(set(words)), sorted(set(words)))
seen = set()
dups = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(seen, dups)
