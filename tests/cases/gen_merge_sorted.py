# Merging sorted streams lazily (k-way merge without heapq)
def merge(*iterables, key=lambda x: x):
    heads = []
    for idx, it in enumerate(iterables):
        it = iter(it)
        for first in it:
            heads.append([key(first), idx, first, it])
            break
    while heads:
        best = min(range(len(heads)), key=lambda i: (heads[i][0], heads[i][1]))
        k, idx, value, it = heads[best]
        yield value
        for nxt in it:
            heads[best] = [key(nxt), idx, nxt, it]
            break
        else:
            heads.pop(best)

def counted(name, items):
    for x in items:
        print(f"  {name} yields {x}")
        yield x

print(list(merge([1, 4, 9], [2, 3, 10, 11], [], [0, 5])))
print(list(merge("adg", "beh", "cfi")))
print(list(merge(["bb", "dddd"], ["a", "ccc"], key=len)))
print(list(merge([1, 2], [1, 2], [1])))  # stable: earlier iterables win ties

m = merge(counted("A", [1, 5]), counted("B", [2, 3]))
print("first:", next(m))
print("second:", next(m))
print("rest:", list(m))

def dedupe_sorted(it):
    prev = object()
    for x in it:
        if x != prev:
            yield x
            prev = x
def intersect_sorted(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None and y is not None:
        if x == y:
            yield x
            x, y = next(a, None), next(b, None)
        elif x < y:
            x = next(a, None)
        else:
            y = next(b, None)
evens = range(0, 40, 2)
threes = range(0, 40, 3)
print(list(dedupe_sorted(merge(evens, threes))))
print(list(intersect_sorted(evens, threes)))
