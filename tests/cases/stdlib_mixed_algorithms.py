import heapq
from collections import deque, Counter, defaultdict, namedtuple
from functools import lru_cache, reduce, partial
from itertools import permutations, combinations, product, accumulate, groupby
import operator
import bisect

# Dijkstra on a grid graph
N = 60
def weight(i, j):
    return (i * 7919 + j * 104729) % 17 + 1
graph = defaultdict(list)
for i in range(N):
    for j in range(N):
        u = i * N + j
        if i + 1 < N:
            graph[u].append((u + N, weight(i, j)))
            graph[u + N].append((u, weight(j, i)))
        if j + 1 < N:
            graph[u].append((u + 1, weight(j, i + 3)))
            graph[u + 1].append((u, weight(i + 5, j)))
dist = {0: 0}
pq = [(0, 0)]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, 1 << 60):
        continue
    for v, w in graph[u]:
        nd = d + w
        if nd < dist.get(v, 1 << 60):
            dist[v] = nd
            heapq.heappush(pq, (nd, v))
print(dist[N * N - 1], sum(dist.values()))

# BFS
q = deque([(0, 0)])
seen = {(0, 0): 0}
while q:
    x, y = q.popleft()
    for dx, dy in ((1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < 40 and 0 <= ny < 40 and (nx, ny) not in seen:
            seen[(nx, ny)] = seen[(x, y)] + 1
            q.append((nx, ny))
print(len(seen), max(seen.values()), Counter(seen.values()).most_common(3))

@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs("AGGTABQWERTY", "GXTXAYBWRTQY"), lcs.cache_info().currsize > 0)

pts = [(i * 37 % 11, i * 53 % 13) for i in range(7)]
def tour(p):
    return sum(abs(pts[p[k]][0] - pts[p[k - 1]][0]) + abs(pts[p[k]][1] - pts[p[k - 1]][1]) for k in range(len(p)))
best = min(permutations(range(7)), key=tour)
print(best, tour(best))
print(sum(1 for c in combinations(range(20), 5) if sum(c) % 7 == 0))
print(sum(1 for t in product(range(6), repeat=4) if sum(t) == 10))
print(list(accumulate(range(1, 11), operator.mul))[-1], reduce(operator.add, range(100)))
words = "it was the best of times it was the worst of times it was the age of wisdom".split()
wc = Counter(words)
print(wc.most_common(4), sorted(wc.items(), key=operator.itemgetter(1, 0))[:3])
byfirst = {k: list(g) for k, g in groupby(sorted(words), key=operator.itemgetter(0))}
print(byfirst)
Rec = namedtuple("Rec", "name score")
recs = sorted([Rec("a", 5), Rec("b", 3), Rec("c", 9), Rec("d", 3)], key=operator.attrgetter("score", "name"))
print(recs)
scores = [r.score for r in recs]
print(bisect.bisect_left(scores, 5), bisect.bisect_right(scores, 3))
inc = partial(operator.add, 1)
print(list(map(inc, range(5))))
