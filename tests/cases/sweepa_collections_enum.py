# dataclasses, namedtuple, Counter, defaultdict, deque, enum, itertools, heapq.
from dataclasses import dataclass, field
from collections import namedtuple, Counter, defaultdict, deque, OrderedDict
import enum, itertools, heapq


@dataclass(order=True)
class Emp:
    dept: str
    name: str = field(compare=False)
    salary: int = 0
    tags: list = field(default_factory=list, repr=False)


es = [Emp("eng", "bo", 10), Emp("art", "al", 5), Emp("eng", "cy", 7)]
print(sorted(es), es[0] == Emp("eng", "zz", 10), es[0])


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


p = P(1)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(p, hash(p) == hash(P(1, 0)), {p: 1})
Pt = namedtuple("Pt", "x y")
q = Pt(1, y=2)
print(q, q.x, q[1], q._asdict(), q._replace(x=9), Pt._fields, tuple(q), q == (1, 2))
c = Counter("abracadabra")
print(c, c.most_common(3), c["z"], sorted(c.elements())[:4], c + Counter("aa"))
dd = defaultdict(list)
for w in "one two three four five six".split():
    dd[len(w)].append(w)
print(dd, dict(dd), dd[10])
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), dq, list(reversed(dq)))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od.items()))


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), Color.RED.name, Color.RED.value)
print(Color.RED is Color(1), Color.RED == 1, len(Color), Color.BLUE in Color)


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(6), Perm.R in (Perm.R | Perm.W))


class Lvl(enum.IntEnum):
    LOW = 1
    HIGH = 2


print(Lvl.LOW < Lvl.HIGH, Lvl.HIGH + 1, sorted([Lvl.HIGH, Lvl.LOW]), f"{Lvl.LOW}", str(Lvl.LOW))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.combinations(range(4), 2)))
print(list(itertools.product("ab", repeat=2)), list(itertools.accumulate([1, 2, 3, 4])))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.chain([1], (2, 3))))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3)])))
h = [5, 1, 8, 3]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, [5, 1, 8]))


def dijkstra(g, s):
    dist = {s: 0}
    pq = [(0, s)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in g.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


print(dijkstra({"a": [("b", 1), ("c", 4)], "b": [("c", 2), ("d", 5)], "c": [("d", 1)]}, "a"))
print(f"{Color.RED!s:>12}|{Color.RED.name:<6}|", format(Lvl.HIGH, "03d"))
print(Emp.__annotations__ if False else list(Emp.__dataclass_fields__))
