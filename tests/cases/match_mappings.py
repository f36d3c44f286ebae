# Mapping patterns: required keys, extra keys ignored, **rest, nested values
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at ({x}, {y})"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit requested"
        case {"type": "key", "key": k, **rest} if rest:
            return f"key {k!r} with extras {sorted(rest)}"
        case {"type": "key", "key": k}:
            return f"key {k!r}"
        case {"type": "resize", "size": {"w": w, "h": h}}:
            return f"resize to {w}x{h}"
        case {"type": t}:
            return f"unhandled event type {t!r}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 3, "y": 4, "button": "left"},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "resize", "size": {"w": 800, "h": 600}},
    {"type": "resize", "size": (800, 600)},
    {"kind": "weird"},
    [("type", "click")],
    "click",
]
for e in events:
    print(handle(e))

def config(c):
    match c:
        case {"version": 1, **rest}:
            return f"v1 config, other keys: {rest}"
        case {"version": 2, "features": [*features]}:
            return f"v2 with features {features}"
        case {"version": v}:
            return f"unsupported version {v}"
print(config({"version": 1, "a": 1, "b": 2}))
print(config({"version": 2, "features": ["x", "y"]}))
print(config({"version": 2, "features": "x"}))
print(config({"version": 3}))
print(config({}))

class MyMap(dict):
    pass
match MyMap(a=1, b=2):
    case {"a": 1, **others}:
        print("dict subclass matched, others =", others, type(others).__name__)
defaults = {"x": 0}
match {"x": None}:
    case {"x": None}:
        print("None values match the None literal")
