# Graph algorithms with classes: BFS, DFS, Dijkstra (hand-made heap), topological sort, components
class MinHeap:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break
    def pop(self):
        a = self.items
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, smallest = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[smallest]:
                smallest = l
            if r < len(a) and a[r] < a[smallest]:
                smallest = r
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest

class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed
    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))
    def neighbors(self, u):
        return sorted(v for v, _ in self.adj[u])
    def bfs(self, start):
        order, seen, queue = [], {start}, [start]
        while queue:
            u = queue.pop(0)
            order.append(u)
            for v in self.neighbors(u):
                if v not in seen:
                    seen.add(v)
                    queue.append(v)
        return order
    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        out = [start]
        for v in self.neighbors(start):
            if v not in seen:
                out += self.dfs(v, seen)
        return out
    def dijkstra(self, src):
        dist, prev = {src: 0}, {}
        heap = MinHeap()
        heap.push((0, src))
        while heap:
            d, u = heap.pop()
            if d > dist[u]:
                continue
            for v, w in self.adj[u]:
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v], prev[v] = nd, u
                    heap.push((nd, v))
        return dist, prev
    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, None
        node, path = dst, [dst]
        while node != src:
            node = prev[node]
            path.append(node)
        return dist[dst], path[::-1]
    def components(self):
        seen, comps = set(), []
        for u in sorted(self.adj):
            if u not in seen:
                comp = self.dfs(u, seen)
                comps.append(sorted(comp))
        return comps
    def toposort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v, _ in self.adj[u]:
                indeg[v] += 1
        ready = sorted(u for u, d in indeg.items() if d == 0)
        order = []
        while ready:
            u = ready.pop(0)
            order.append(u)
            for v in self.neighbors(u):
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.append(v)
                    ready.sort()
        if len(order) != len(self.adj):
            raise ValueError("graph has a cycle")
        return order

g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5), ("C", "D", 8),
                ("D", "E", 3), ("E", "F", 1), ("X", "Y", 2)]:
    g.add_edge(u, v, w)
print("bfs", g.bfs("A"))
print("dfs", g.dfs("A"))
dist, _ = g.dijkstra("A")
print("dist", sorted(dist.items()))
for dst in ["F", "B", "Y"]:
    print("path A ->", dst, g.path("A", dst))
print("components", g.components())

dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants")]:
    dag.add_edge(u, v)
print("topo", dag.toposort())
dag.add_edge("jacket", "shirt")
try:
    dag.toposort()
except ValueError as e:
    print("ValueError:", e)
h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7]:
    h.push(x)
print("heap order", [h.pop() for _ in range(len(h))])
