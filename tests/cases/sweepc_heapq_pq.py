import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)


class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = count()
        self._removed = set()

    def push(self, name, priority):
        heapq.heappush(self._heap, Task(priority, next(self._counter), name))

    def remove(self, name):
        self._removed.add(name)

    def pop(self):
        while self._heap:
            t = heapq.heappop(self._heap)
            if t.name not in self._removed:
                return t
        raise KeyError("pop from empty priority queue")

    def __len__(self):
        return len(self._heap)


pq = PriorityQueue()
for name, p in [("write", 3), ("test", 2), ("deploy", 5), ("review", 2), ("plan", 1)]:
    pq.push(name, p)
pq.remove("review")
while True:
    try:
        t = pq.pop()
    except KeyError as e:
        print("empty:", e)
        break
    print(t.priority, t.name)

nums = [38, 7, 91, 2, 55, 14, 62, 7, 0, 23]
print(heapq.nlargest(3, nums), heapq.nsmallest(4, nums))
h = list(nums)
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)])
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 100), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=lambda w: w[-1]))


def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)]}
print(sorted(dijkstra(g, "A").items()))
