from collections import deque, defaultdict
import heapq

edges = [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E"), ("F", "G")]
g = defaultdict(set)
for a, b in edges:
    g[a].add(b)
    g[b].add(a)


def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        v = q.popleft()
        order.append(v)
        for w in sorted(g[v]):
            if w not in seen:
                seen.add(w)
                q.append(w)
    return order


def dfs(v, seen=None):
    seen = seen if seen is not None else []
    seen.append(v)
    for w in sorted(g[v]):
        if w not in seen:
            dfs(w, seen)
    return seen


def components():
    seen, comps = set(), []
    for v in sorted(g):
        if v not in seen:
            c = bfs(v)
            seen.update(c)
            comps.append(c)
    return comps


def shortest_path(a, b):
    prev = {a: None}
    q = deque([a])
    while q:
        v = q.popleft()
        if v == b:
            path = []
            while v is not None:
                path.append(v)
                v = prev[v]
            return path[::-1]
        for w in sorted(g[v]):
            if w not in prev:
                prev[w] = v
                q.append(w)
    return None


print(bfs("A"), dfs("A"), components())
print(shortest_path("A", "E"), shortest_path("A", "G"))
grid = ["S.#.....", ".##.###.", "....#...", "##.#..#E"]
H, W = len(grid), len(grid[0])
start = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "S")
end = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "E")
dist = {start: 0}
pq = [(0, start)]
while pq:
    d, (r, c) = heapq.heappop(pq)
    if (r, c) == end:
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = d + 1
            heapq.heappush(pq, (d + 1, (nr, nc)))
print("steps", dist.get(end))
topo = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"]}
indeg = defaultdict(int)
for k, vs in topo.items():
    indeg.setdefault(k, 0)
    for v in vs:
        indeg[v] += 1
ready = sorted(k for k, d in indeg.items() if d == 0)
order = []
while ready:
    k = ready.pop(0)
    order.append(k)
    for v in topo.get(k, []):
        indeg[v] -= 1
        if indeg[v] == 0:
            ready.append(v)
            ready.sort()
print(order)
