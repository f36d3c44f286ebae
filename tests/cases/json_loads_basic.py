# json.loads: every value kind, whitespace, escapes, hooks and round trips.
import json

doc = """
{
    "users": [
        {"name": "Ann", "age": 31, "admin": true, "email": null},
        {"name": "Bob", "age": 27, "admin": false, "tags": ["x", "y"]}
    ],
    "version": 2.5,
    "exp": 1.5e3,
    "negexp": -2E-2,
    "escapes": "line\\nbreak \\"quoted\\" \\\\ \\/ \\u00e9 \\ud83d\\ude00 \\t",
    "empty": {}, "nothing": []
}
"""
data = json.loads(doc)
print(data)
for user in data["users"]:
    print(user["name"], user["age"], user.get("admin"), type(user["age"]).__name__)
print(data["escapes"])
print(type(data["version"]).__name__, data["exp"], data["negexp"])
print(json.loads("123"), json.loads("-0"), json.loads("-0.0"), json.loads(" 1e400 "), json.loads("12345678901234567890123"))
print(json.loads('["NaN", NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"k": [true]}')))
print(json.loads('"tab\there"', strict=False))

print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda pairs: [k for k, v in pairs]))
print(json.loads('{"x": {"y": 2}}', object_hook=lambda d: ("obj", sorted(d.items()))))
print(json.loads('[1.10, 2.50]', parse_float=lambda s: "float:" + s))
print(json.loads('[10, -3]', parse_int=lambda s: "int:" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "const:" + s))

original = {"list": [1, 2.5, "three", None, True], "nested": {"deep": {"deeper": [[], {}]}}, "unicode": "naïve café"}
text = json.dumps(original)
print(text)
print(json.loads(text) == original)
text2 = json.dumps(original, indent=2, ensure_ascii=False)
print(json.loads(text2) == original)
dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"a": [1, 2]} and more')
print(obj, end)
