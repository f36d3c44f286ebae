import json
from collections import OrderedDict

data = {
    "name": "Widget \u2013 Pro",
    "price": 19.99,
    "tags": ["a", "b", None, True, False],
    "dims": {"w": 1.5, "h": 2, "d": 0.1},
    "count": 10 ** 20,
    "ratio": 1e-7,
    "nested": [[1, 2], {"x": []}, {}],
}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == data, type(back["count"]).__name__, back["name"])
print(json.loads('[1, 2.0, "3", {"a": null}]'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.5, 2]", parse_float=lambda x: "F" + x, parse_int=lambda x: int(x) * 10))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


t = json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, cls=Enc)
print(t)
p = json.loads(t, object_hook=hook)["p"]
print(type(p).__name__, p.x, p.y)
try:
    json.dumps({"bad": object()})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", "nul", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("decode:", e.msg, e.pos, e.lineno, e.colno)
print(json.dumps([float("inf"), -float("inf")]), json.dumps("\x00\n\"\\"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps((1, 2)), json.loads(json.dumps("é")))
