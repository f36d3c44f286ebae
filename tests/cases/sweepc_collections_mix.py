from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._asdict(), p._replace(y=9), Point._fields, Point._field_defaults)
print(Point._make([5, 6]), p + (1,), p.x, p[1], len(p))
Emp = namedtuple("Emp", ["name", "dept", "salary"])
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cid", "eng", 100), Emp("dee", "ops", 95)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e.name)
print(dict(by_dept))
totals = defaultdict(int)
for e in staff:
    totals[e.dept] += e.salary
print(sorted(totals.items()), max(staff, key=lambda e: e.salary).name)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})

c = Counter("mississippi")
print(c, c.most_common(2), list(c.elements())[:5], c.total())
c2 = Counter(s=1, i=1, z=3)
print(c + c2, c - c2, c & c2, c | c2)
c.subtract("sss")
print(c["s"], +c, -Counter(a=-2))

d = deque(range(5), maxlen=5)
d.append(5)
d.appendleft(-1)
print(d, d.maxlen)
d.rotate(2)
print(d, d.index(3), d.count(0))
d.extendleft([10, 11])
print(d, d.pop(), d.popleft())

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["color"] = "blue"
print(user, defaults, cm.maps[0] is user)
child = cm.new_child({"size": "XL"})
print(child["size"], child.parents["size"], dict(child))
