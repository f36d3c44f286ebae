from collections import defaultdict, Counter, OrderedDict, deque, namedtuple, ChainMap
import collections

d = defaultdict(int)
for ch in "abracadabra":
    d[ch] += 1
print(d, d['zz'], len(d), isinstance(d, dict))
dl = defaultdict(list)
dl['x'].append(1)
dl['x'].append(2)
dl['y']
print(dl, dict(dl), sorted(dl.items()))
dn = defaultdict()
try:
    dn['q']
except KeyError as e:
    print('KeyError', e)
print(dn)

c = Counter("abracadabra")
print(c, c['a'], c['zzz'], c.most_common(2), c.total())
print(sorted(c.elements()))
c.update("aaz")
print(c)
c.subtract({'a': 10})
print(c)
c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
print(Counter(), Counter([1, 1, 2]), Counter({'x': 2}))
print(Counter("hello world").most_common())

od = OrderedDict()
od['a'] = 1
od['b'] = 2
od['c'] = 3
print(od)
od.move_to_end('a')
print(od, list(od))
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1)]) == OrderedDict([('x', 1)]))

dq = deque([1, 2, 3])
dq.append(4)
dq.appendleft(0)
print(dq, len(dq), dq[0], dq[-1], 3 in dq)
print(dq.pop(), dq.popleft(), dq)
dq.extend([7, 8])
dq.extendleft([-1, -2])
print(dq)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, list(reversed(dq)), list(dq))
bd = deque(range(10), maxlen=3)
print(bd, bd.maxlen)
bd.append(99)
bd.appendleft(-5)
print(bd, deque([1, 2]) == deque([1, 2]), deque([1]) == deque([2]))
bd.clear()
print(bd, bool(bd))
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), p == (1, 2))
q = Point(y=5, x=4)
print(q, q._asdict(), q._replace(x=100), Point._make([7, 8]), Point._fields)
x, y = p
print(x + y, isinstance(p, tuple), type(p).__name__)
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3))
Emp = namedtuple('Emp', 'name, age')
print(Emp('bob', 30), sorted([Point(3, 1), Point(1, 2)]))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], 'b' in cm, len(cm), sorted(cm.keys()), cm.get('z', 0))
cm['c'] = 5
print(cm.maps[0], cm.new_child({'a': 0})['a'], cm.parents['a'])
print(collections.Counter('aab'))
