# Custom encoding with default= and JSONEncoder subclasses, decoding into
# objects with object_hook, and dump/load through file-like objects.
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def encode_point(obj):
    if isinstance(obj, Point):
        return {"__point__": True, "x": obj.x, "y": obj.y}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def decode_point(d):
    if d.get("__point__"):
        return Point(d["x"], d["y"])
    return d


shapes = {"triangle": [Point(0, 0), Point(4, 0), Point(0, 3)], "origin": Point(0, 0)}
text = json.dumps(shapes, default=encode_point, sort_keys=True)
print(text)
print(json.loads(text, object_hook=decode_point))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"primes": {7, 2, 5, 3}, "z": 1 + 2j}, cls=SetEncoder))
print(SetEncoder(indent=2, sort_keys=True).encode({"b": frozenset({3, 1}), "a": None}))
try:
    json.dumps({"x": object}, cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)
enc = json.JSONEncoder(separators=(";", "="), sort_keys=True)
print(enc.encode({"b": [1, 2], "a": "x"}))
print("".join(enc.iterencode({"k": [True, None]})))


class Collector:
    """A minimal file-like object."""
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return "".join(self.parts)


out = Collector()
json.dump({"items": [1, 2, 3], "name": "list"}, out, indent=2)
print(out.read())
print(len(out.parts) > 1)
print(json.load(out))

inventory = json.loads('[{"sku": "A1", "qty": 3, "price": 2.5}, {"sku": "B2", "qty": 10, "price": 0.99}]')
total = sum(item["qty"] * item["price"] for item in inventory)
print(f"{total:.2f}")
report = {item["sku"]: round(item["qty"] * item["price"], 2) for item in inventory}
print(json.dumps(report, indent=1))
