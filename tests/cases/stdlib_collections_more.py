from functools import partial, lru_cache, wraps, total_ordering, cache
from collections import deque, namedtuple, Counter, defaultdict, OrderedDict
from itertools import groupby, islice, count, chain, product, tee, zip_longest

class C:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def m(self, x):
        print("compute", x)
        return self.k * x
c = C(3)
print(c.m(2), c.m(2), C.m.cache_info())

def f(a, *, b):
    return a - b
print(partial(f, b=1)(10), partial(f, 5)(b=2))
p = partial(max, key=len)
print(p("ab", "c", "def"))
print(repr(partial(int, base=2))[:27])

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(sorted([G(3), G(1), G(2)], key=lambda g: g).__len__(), G(1) < G(2), G(2) <= G(2), G(3) >= G(4))
print(max(G(1), G(5), G(3)).v, min([G(4), G(2)]).v)

Point = namedtuple("Point", "x y")
class P2(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y
print(P2(3, 4).norm(), P2(3, 4))
pts = [Point(i, -i) for i in range(3)]
print(pts, {p: p.x for p in pts})
try:
    Point(1)
except TypeError as e:
    print("TypeError")
print(Point(1, 2) + (3,), Point(1, 2)[::-1])

dq = deque(maxlen=2)
for i in range(5):
    dq.append(i)
print(dq, list(dq), dq.count(3))
dq2 = deque("abc")
dq2.rotate(0)
dq2 += "de"
print(dq2, dq2[2], "z" in dq2, len(dq2))
dq2.extendleft("xy")
print(dq2)
print(deque([]), deque(range(3)).__repr__())

tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t))
dd = defaultdict(lambda: "N/A", {"x": "1"})
print(dd["x"], dd["y"], len(dd))
words = "the quick brown fox jumps over the lazy dog the end".split()
cnt = Counter(words)
print(cnt.most_common(3), cnt["the"], len(cnt))
cnt2 = Counter({"a": 0, "b": -1, "c": 2})
print(+cnt2, -cnt2, list(cnt2.elements()))
del cnt2["zzz"]
print(cnt2)
od = OrderedDict.fromkeys("abc", 0) if hasattr(OrderedDict, "fromkeys") else None
print(dict(od) if od is not None else None)
for k, g in groupby(sorted(words, key=len), key=len):
    print(k, list(g))
print(list(islice(zip(count(), "xyz"), 2)))
a, b = tee(iter(range(5)))
print(list(zip(a, b)))
print(list(zip_longest()), list(product("ab", repeat=2)))
