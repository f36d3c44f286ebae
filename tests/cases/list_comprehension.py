# List comprehensions: nested, conditional, with functions
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(4) for y in range(x)])
print([[x * y for y in range(1, 5)] for x in range(1, 5)])
print([x if x % 2 else -x for x in range(10)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in 'hello' if c != 'l'])
print([len(w) for w in 'the quick brown fox'.split()])
print([n for n in range(2, 60) if all([n % d for d in range(2, n)])])
x = 'outer'
r = [x for x in range(3)]
print(r, x)
print([(i, j, k) for i in range(3) for j in range(3) for k in range(3) if i + j + k == 4])
print([y for y in [[1, 2], [3], []] for y in y])
flat = [v for sub in [[1, [2]], [3, 4], []] for v in sub]
print(flat)
print({x % 5 for x in range(20)}, {x: x * x for x in range(6)})
