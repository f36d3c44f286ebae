# Matrix operations with nested lists
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
def show(m):
    for row in m:
        print(' '.join([f'{v:6}' for v in row]))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(matmul(b, a))
fib = matpow([[1, 1], [1, 0]], 100)
print(fib[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]), det(identity(5)))
h = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
for row in h:
    print(['%.4f' % v for v in row])
print(det(h))
t = list(zip(*a))
print(t, [list(r) for r in t])
