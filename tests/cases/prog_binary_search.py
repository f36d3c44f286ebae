# Binary search variants
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [i * i for i in range(50)]
for x in [0, 1, 2, 49, 50, 2401, 2400, -5, 10000]:
    print(x, bsearch(a, x), lower_bound(a, x))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
print([lower_bound(dups, v) for v in range(10)])
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(n) for n in range(20)], isqrt(10**40), isqrt(2**127))
