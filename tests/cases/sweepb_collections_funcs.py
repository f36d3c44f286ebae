from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:5], c.total())
c2 = Counter(a=1, b=-2)
print(c + c2, c - c2, c & c2, c | c2, +c2, -c2)
c.subtract("aaa"); print(c); c.update({"q": 3}); print(c)
print(repr(Counter()), Counter({1: 2}) == Counter({1: 2, 3: 0}))
dd = defaultdict(list); dd["x"].append(1); print(dd, dict(dd), dd.default_factory)
print(defaultdict(int, {"a": 1}))
od = OrderedDict([("a", 1), ("b", 2)]); od.move_to_end("a"); print(od, od.popitem(last=False), list(reversed(od)))
dq = deque([1, 2, 3], maxlen=3); dq.append(4); dq.appendleft(0); dq.rotate(1); print(dq, dq.maxlen)
print(deque(), deque("ab"), deque(range(3))[1], dq.index(0) if 0 in dq else -1)
P = namedtuple("P", "x y", defaults=[0]); p = P(1); print(p, p._asdict(), p._replace(x=5), P._fields, P._field_defaults, P._make([3, 4]))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm, cm["b"], len(cm), cm.new_child({"c": 4}), list(cm.keys()), cm.parents)
import itertools as it
print(list(it.pairwise("abcd")), list(it.accumulate([1, 2, 3], initial=10)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.islice(it.count(5, 2), 3)), list(it.starmap(pow, [(2, 3)])), list(it.zip_longest("ab", "c", fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2))[:3], list(it.compress("abc", [1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 2, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 2, [1, 2, 1])), list(it.filterfalse(None, [0, 1, 0])))
print(list(it.chain.from_iterable(["ab", "c"])), [list(t) for t in it.tee("abc", 2)], list(it.repeat("x", 2)), list(it.cycle("ab"))[:0] if False else list(it.islice(it.cycle("ab"), 5)))
import functools as ft
@ft.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
@ft.cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info())
p2 = ft.partial(pow, 2); print(p2(5), p2, ft.reduce(lambda a, b: a * b, range(1, 6)))
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2))
@ft.singledispatch
def f(x): return "obj"
@f.register
def _(x: int): return "int"
@f.register(list)
def _(x): return "list"
print(f(1), f([1]), f("s"))
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))
class C:
    @ft.cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val)
@ft.wraps(fib)
def g(): pass
print(g.__name__)
