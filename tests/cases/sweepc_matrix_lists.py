def zeros(r, c):
    return [[0] * c for _ in range(r)]


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def rotate90(m):
    return [list(row) for row in zip(*m[::-1])]


def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out


def show(m):
    w = max(len(str(x)) for row in m for x in row)
    return "\n".join(" ".join(str(x).rjust(w) for x in row) for row in m)


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(show(matmul(A, B)))
print(transpose(A), rotate90(A))
M = [[r * 4 + c for c in range(4)] for r in range(4)]
print(spiral(M))
print(show(rotate90(rotate90(M))))
grid = zeros(3, 3)
grid[1][1] = 5
alias = [[0] * 3] * 3
alias[0][0] = 1
print(grid, alias)
print([sum(row) for row in M], [sum(col) for col in zip(*M)], sum(M[i][i] for i in range(4)))
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(30).rstrip())
flat = [x for row in M for x in row]
print(flat[::5], [flat[i:i + 4] for i in range(0, 16, 4)] == M, max(map(max, M)), min(min(r) for r in M))
