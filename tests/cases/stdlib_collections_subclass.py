from collections import defaultdict, Counter, OrderedDict, deque, namedtuple

class MyDD(defaultdict):
    pass
class MyC(Counter):
    pass
class MyOD(OrderedDict):
    pass
class MyDQ(deque):
    pass
print(MyDD(int, a=1), MyC("aab"), MyC(), MyOD(x=1), MyOD(), MyDQ([1]), MyDQ([1, 2], 5))
print(Counter({1: 2, "a": 3}), Counter({(1, 2): 1}))

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get(self, k):
        if k not in self:
            return -1
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        if k in self:
            self.move_to_end(k)
        self[k] = v
        if len(self) > self.cap:
            self.popitem(last=False)
lru = LRU(2)
lru.put(1, 1); lru.put(2, 2)
print(lru.get(1)); lru.put(3, 3)
print(lru.get(2), lru, lru.popitem(), lru)
od = OrderedDict.fromkeys("xyz")
print(od, list(reversed(od)), od == {"z": None, "y": None, "x": None}, od == OrderedDict.fromkeys("zyx"))
Pair = namedtuple("Pair", ["left", "right"], defaults=[None])
print(Pair(1), Pair._field_defaults, Pair(1, 2)._replace(right=5), Pair.__doc__)
try:
    Pair(1, 2)._replace(bad=1)
except ValueError as e:
    print("ValueError", e)
try:
    Pair(1, 2, 3)
except TypeError as e:
    print("TypeError")
m = {}
d = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3)]:
    d[a].add(b)
    d[b]
print(sorted((k, sorted(v)) for k, v in d.items()))
print(d.default_factory is set, d.copy() == d, type(d.copy()).__name__)
