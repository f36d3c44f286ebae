# JSONDecodeError messages and positions, and encoder errors, as CPython.
import json

bad_docs = [
    "", "   ", "[", "[1", "[1,", "[1,]", "[1 2]", "{", '{"a"', '{"a":', '{"a":1',
    '{"a":1,', '{"a":1,}', "{1: 2}", "{'a': 1}", '{"a" 1}', '"unterminated',
    '"bad \\x escape"', '"\\u12"', '"\\uZZZZ"', "nul", "tru", "fals", "-", "-x", "01",
    "1.", ".5", "1e", "2.5e+", "[1]x", "[1]\n\n  extra", '{"a": 1}\n{"b": 2}', "\ufeff[]",
    '"line\nbreak"', '"ctrl \x01"', "[-]", '{"a": -}', "1.5x", "-Infinityx", "infinity",
    "[1,\n 2,\n 3,\n]", '{\n  "k": [\n    1,\n    @\n  ]\n}',
]
for doc in bad_docs:
    try:
        value = json.loads(doc)
        print(repr(doc), "parsed as", repr(value))
    except json.JSONDecodeError as e:
        print(repr(doc))
        print("   ", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno)

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[1, 2")
except ValueError as e:
    print("caught as ValueError:", e)

for bad in [5, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

for obj in [{1, 2}, Point(1, 2), b"bytes", 3 + 4j, {"k": frozenset()}, [1, [2, [object()]]]]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)

for key in [(1, 2), frozenset(), b"k"]:
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): 1, "ok": 2, b"k": 3}, skipkeys=True))

loop = []
loop.append(loop)
d = {}
d["self"] = d
for obj in [loop, d, [d]]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError:", e)

for kw in [{}, {"indent": 2}]:
    for v in [float("nan"), float("inf"), -float("inf")]:
        try:
            json.dumps({"v": v}, allow_nan=False, **kw)
        except ValueError as e:
            print("ValueError:", e)
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
