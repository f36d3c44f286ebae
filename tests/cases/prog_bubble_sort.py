# Hand-written sorting algorithms compared with sorted()
def bubble(lst):
    a = list(lst)
    n = len(a)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps
def insertion(lst):
    a = list(lst)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return a
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2**31
    data.append(seed % 1000 - 500)
print(data)
b, s = bubble(data)
print(b)
print('swaps', s)
print(insertion(data) == b, merge_sort(data) == b, quick(data) == b, sorted(data) == b)
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(bubble(words)[0], merge_sort(words), quick(words) == sorted(words))
