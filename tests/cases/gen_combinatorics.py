# Hand-written permutations / combinations / product generators (no itertools)
def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    def rec(prefix, remaining):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i, x in enumerate(remaining):
            yield from rec(prefix + [x], remaining[:i] + remaining[i + 1:])
    yield from rec([], items)

def combinations(items, r):
    items = list(items)
    def rec(start, combo):
        if len(combo) == r:
            yield tuple(combo)
            return
        for i in range(start, len(items)):
            yield from rec(i + 1, combo + [items[i]])
    yield from rec(0, [])

def product(*pools, repeat=1):
    pools = [list(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    yield from result

def combinations_with_replacement(items, r):
    items = list(items)
    def rec(start, combo):
        if len(combo) == r:
            yield tuple(combo)
            return
        for i in range(start, len(items)):
            yield from rec(i, combo + [items[i]])
    yield from rec(0, [])

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(product("ab", [0, 1])))
print(list(product([0, 1], repeat=3)))
print(list(combinations_with_replacement("xyz", 2)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))

# use: find all 3-digit numbers from distinct digits 1..5 divisible by 7
hits = [int("".join(map(str, p))) for p in permutations(range(1, 6), 3) if int("".join(map(str, p))) % 7 == 0]
print(hits)
# subset sums
coins = [1, 5, 10, 25]
sums = sorted({sum(c) for k in range(len(coins) + 1) for c in combinations(coins, k)})
print(sums)
# magic squares of 1..9 with the centre 5 (only check rows/cols/diags)
count = 0
for p8 in permutations([1, 2, 3, 4, 6, 7, 8, 9]):
    p = p8[:4] + (5,) + p8[4:]
    rows = [p[0:3], p[3:6], p[6:9]]
    if all(sum(r) == 15 for r in rows) and all(p[i] + p[i + 3] + p[i + 6] == 15 for i in range(3)) \
            and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
        count += 1
        if count == 1:
            print("first magic square:", rows)
print("magic squares:", count)
