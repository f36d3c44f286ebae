import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(30000))
def dfs(g, u, seen, order):
    seen.add(u)
    for v in g[u]:
        if v not in seen:
            dfs(g, v, seen, order)
    order.append(u)
N = 20000
g = {i: [i + 1] if i + 1 < N else [] for i in range(N)}
order = []
dfs(g, 0, set(), order)
print(len(order), order[:3], order[-3:])
memo = {}
def count_paths(n):
    if n <= 1:
        return 1
    if n in memo:
        return memo[n]
    r = count_paths(n - 1) + count_paths(n - 2)
    memo[n] = r
    return r
print(count_paths(15000) % 1000000007)
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
