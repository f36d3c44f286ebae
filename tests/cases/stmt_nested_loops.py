# Nested loops building structures
n = 6
pascal = [[1]]
for i in range(1, n):
    prev = pascal[-1]
    row = [1]
    for j in range(1, i):
        row.append(prev[j - 1] + prev[j])
    row.append(1)
    pascal.append(row)
for row in pascal:
    print(' '.join([str(v) for v in row]).center(20))
mat = [[i * 4 + j for j in range(4)] for i in range(4)]
t = [[0] * 4 for _ in range(4)]
for i in range(4):
    for j in range(4):
        t[j][i] = mat[i][j]
print(mat)
print(t)
count = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print('triple', a, b, c)
                count += 1
print(count)
