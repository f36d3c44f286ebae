# Dict- and list-heavy workload: a random graph stored as a dict of adjacency
# lists, breadth-first searches, grouping, a dict used as a cache with
# insertions/deletions, tuple keys, list sorting, comprehensions and slicing.
# Stresses: dict get/set/del/contains/iteration with int, str and tuple keys,
# list append/pop/index/extend/sort/slices, list comprehensions.

NODES = 20000
EDGES_PER_NODE = 4
BFS_SOURCES = 12
ROUNDS = 3


def rng(state):
    return (state * 1103515245 + 12345) & 0x7FFFFFFF


def build_graph(n, k, state):
    graph = {}
    for i in range(n):
        graph[i] = []
    for i in range(n):
        for _ in range(k):
            state = rng(state)
            j = state % n
            if j != i and j not in graph[i]:
                graph[i].append(j)
                graph[j].append(i)
    return graph, state


def bfs(graph, src):
    dist = {src: 0}
    queue = [src]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        du = dist[u] + 1
        for v in graph[u]:
            if v not in dist:
                dist[v] = du
                queue.append(v)
    return dist


def group_by_degree(graph):
    groups = {}
    for node, nbrs in graph.items():
        d = len(nbrs)
        if d in groups:
            groups[d].append(node)
        else:
            groups[d] = [node]
    return groups


def cache_churn(n, state):
    cache = {}
    order = []
    hits = 0
    misses = 0
    for _ in range(n):
        state = rng(state)
        key = (state % 997, (state >> 10) % 13)
        if key in cache:
            hits += 1
            cache[key] += 1
        else:
            misses += 1
            cache[key] = 1
            order.append(key)
            if len(order) > 5000:
                old = order.pop(0)
                del cache[old]
    total = 0
    for key, v in cache.items():
        total += key[0] * v + key[1]
    return hits, misses, total, state


def name_table(n):
    names = {}
    for i in range(n):
        names["node" + str(i)] = i * 7 % 1000
    acc = 0
    for i in range(0, n, 3):
        acc += names["node" + str(i)]
    keys = [k for k in names if names[k] % 10 == 3]
    return acc, len(keys)


def list_ops(values):
    xs = sorted(values)
    ys = [x * 2 for x in xs if x % 3 != 0]
    zs = ys[::2] + ys[1::2]
    zs.reverse()
    mid = zs[len(zs) // 4: 3 * len(zs) // 4]
    mid.sort()
    merged = []
    merged.extend(mid[:100])
    merged.extend(xs[-100:])
    return sum(mid) % 1000003 + len(merged) + merged[0] + merged[-1]


def main():
    state = 7
    checksum = 0
    for r in range(ROUNDS):
        graph, state = build_graph(NODES, EDGES_PER_NODE, state)
        far = 0
        reach = 0
        for s in range(BFS_SOURCES):
            dist = bfs(graph, (s * 7919 + r) % NODES)
            reach += len(dist)
            for d in dist.values():
                if d > far:
                    far = d
        groups = group_by_degree(graph)
        degs = sorted(groups.keys())
        top = degs[-1]
        hits, misses, total, state = cache_churn(200000, state)
        acc, nk = name_table(NODES)
        lo = list_ops([len(graph[i]) * 1000 + i for i in range(NODES)])
        checksum = (checksum * 31 + far + reach + top + len(groups[top])
                    + hits + misses + total + acc + nk + lo) % 1000000007
        if r == ROUNDS - 1:
            print(f"far={far} reach={reach} maxdeg={top} hits={hits} misses={misses} names={nk}")
    print(f"checksum: {checksum}")


main()
