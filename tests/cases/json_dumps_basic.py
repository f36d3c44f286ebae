# json.dumps: scalars, containers, indent, separators, sort_keys,
# ensure_ascii, and the float reprs.
import json

record = {
    "name": "Widget",
    "id": 1042,
    "price": 19.99,
    "ratio": 1 / 3,
    "big": 10**25,
    "tiny": 1e-7,
    "neg_zero": -0.0,
    "tags": ["tools", "hardware"],
    "dims": (10, 20.5, 30),
    "in_stock": True,
    "discontinued": False,
    "notes": None,
    "empty_list": [],
    "empty_dict": {},
}
print(json.dumps(record))
print(json.dumps(record, indent=4))
print(json.dumps(record, sort_keys=True, indent=2))
print(json.dumps(record, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3, [4]]]], indent=0))
print(json.dumps({"a": [1, {"b": None}]}, indent="--"))
print(json.dumps({"a": 1}, indent=-1))
for v in [0, -5, 3.0, 1e16, 1.5e300, 123456789.123, 0.1 + 0.2, float("inf"), float("-inf"), float("nan")]:
    print(json.dumps(v), json.dumps([v]), json.dumps({"k": v}))
text = 'Quote " backslash \\ slash / tab \t newline \n bell \x07 del \x7f é ü 中文 😀'
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(json.dumps({"ключ": "значение"}))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps({3: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "str"}))
print(json.dumps({10: 1, 2: 2, 33: 3}, sort_keys=True))
print(json.dumps("just a string"), json.dumps(None), json.dumps(True))
