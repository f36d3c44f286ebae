# Deeply nested comprehensions with conditions
print([[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)])
print([x for row in [[1, 2, 3], [4, 5, 6]] for x in row if x % 2 == 1])
print([(a, b) for a in range(5) if a % 2 for b in range(a) if b > 0])
print({(a, b): a ** b for a in range(1, 4) for b in range(3)})
print({a * b for a in range(5) for b in range(5) if a < b})
print(sum([x * y for x in range(10) for y in range(10) if x != y]))
print([[c for c in w if c not in 'aeiou'] for w in ['hello', 'world', 'aei']])
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
print({n: a for n, a in zip(names, ages) if a > 26})
print([n.title() for n, a in sorted(zip(names, ages), key=lambda p: p[1])])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([grid[r][c] for r in range(3) for c in range(3) if r == c], [row[::-1] for row in grid[::-1]])
print(max([len(w) for w in 'a bb ccc dd'.split()]), min([(len(w), w) for w in 'a bb ccc dd'.split()]))
