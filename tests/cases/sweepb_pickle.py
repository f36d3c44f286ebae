import pickle
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
from dataclasses import dataclass
import datetime
from fractions import Fraction
from decimal import Decimal
from enum import Enum

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)

@dataclass
class Item:
    name: str
    qty: int = 1

class Color(Enum):
    RED = 1
    BLUE = 2

class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = "big"
    def __getstate__(self):
        return {"v": self.v}
    def __setstate__(self, st):
        self.v = st["v"]
        self.cache = None

NT = namedtuple("NT", "a b")
data = {"ints": [1, -2, 3 ** 40], "floats": (1.5, float("inf")), "s": "héllo", "b": b"\x00\xff",
        "set": {1, 2}, "fs": frozenset("ab"), "none": None, "bools": [True, False], "c": 1 + 2j,
        "nested": {"k": [{"z": ()}]}}
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, protocol=proto)
    back = pickle.loads(blob)
    print(proto, back == data, type(blob).__name__)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps([1, "a", None], protocol=2))
print(pickle.dumps({"a": 1}))
objs = [Point(1, 2), Item("x", 3), Color.BLUE, NT(1, 2), OrderedDict(a=1), Counter("aab"),
        deque([1, 2]), datetime.date(2024, 1, 2), datetime.datetime(2020, 5, 6, 7, 8, 9),
        datetime.timedelta(days=3), Fraction(3, 4), Decimal("1.25")]
for o in objs:
    r = pickle.loads(pickle.dumps(o))
    print(type(r).__name__, r, r == o)
dd = defaultdict(list, {"a": [1]})
r = pickle.loads(pickle.dumps(dd))
print(r, r.default_factory)
c = pickle.loads(pickle.dumps(Custom(5)))
print(c.v, c.cache)
shared = [1, 2]
two = pickle.loads(pickle.dumps([shared, shared]))
print(two[0] is two[1])
rec = []
rec.append(rec)
r = pickle.loads(pickle.dumps(rec))
print(r[0] is r)
import io
buf = io.BytesIO()
pickle.dump({"x": 1}, buf)
buf.seek(0)
print(pickle.load(buf))
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
