# Permutations and combinations generated recursively
def perms(seq):
    if len(seq) <= 1:
        return [list(seq)]
    out = []
    for i in range(len(seq)):
        for p in perms(seq[:i] + seq[i + 1:]):
            out.append([seq[i]] + p)
    return out
def combos(seq, k):
    if k == 0:
        return [[]]
    if len(seq) < k:
        return []
    return [[seq[0]] + c for c in combos(seq[1:], k - 1)] + combos(seq[1:], k)
p = perms([1, 2, 3, 4])
print(len(p), p[:6], p[-1])
print([''.join(x) for x in perms('abc')])
for k in range(5):
    c = combos(list(range(5)), k)
    print(k, len(c), c[:4])
def next_perm(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True
a = [1, 1, 2, 3]
n = 1
print(a)
while next_perm(a):
    n += 1
    if n <= 5:
        print(a)
print('distinct', n)
