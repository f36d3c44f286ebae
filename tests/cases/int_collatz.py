# Collatz sequences: mixed integer ops in loops
def steps(n):
    c = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        c += 1
    return c
best = 0
best_n = 0
for n in range(1, 3000):
    s = steps(n)
    if s > best:
        best = s
        best_n = n
        print(n, s)
print("best", best_n, best)
n = 2**100 + 1
print(steps(n))
seq = []
n = 27
while n != 1:
    seq.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print(len(seq), max(seq), seq[:20])
