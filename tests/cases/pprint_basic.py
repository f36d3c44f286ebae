import pprint
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
from dataclasses import dataclass, field
data = {"name": "pyaot", "version": (3, 11), "tags": ["compiler", "aot", "python"] * 3,
        "nested": {"a": [1, 2, {"deep": list(range(30))}], "b": {"x": 1, "y": 2}},
        "empty": {}, "set": {3, 1, 2}, "fs": frozenset({"q"}), "none": None, "f": 1.5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, indent=4, width=50, compact=True)
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat(list(range(40)), width=30))
pprint.pp({"b": 1, "a": 2})
s = pprint.pformat("a long string " * 12, width=30)
print(s)
pprint.pprint(OrderedDict([("z", 1), ("a", [1] * 30)]))
dd = defaultdict(list, {"k": list(range(25))})
pprint.pprint(dd)
pprint.pprint(Counter("abracadabra" * 5))
pprint.pprint(deque(range(30)), width=40)
P = namedtuple("P", "x y")
pprint.pprint([P(1, 2)] * 6, width=40)
@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
pprint.pprint([Item("x" * 20, list(range(12))), Item("y")], width=50)
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), "ID"))
print(pprint.isrecursive(r), pprint.isreadable(data), pprint.isreadable(r))
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint({"key%d" % i: i * "x" for i in range(5)})
print(pp.pformat((1, (2, (3, (4, (5,)))))))
pprint.pprint(b"bytes " * 20, width=30)
pprint.pprint([(i, str(i) * i) for i in range(8)])
