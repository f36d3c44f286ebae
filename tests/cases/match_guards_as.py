# Guards, as-patterns, or-patterns with captures, binding behaviour
def classify(point):
    match point:
        case (x, y) if x == y == 0:
            return "origin"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x > 0 and y > 0:
            return "quadrant I"
        case (x, y) if x < 0 < y:
            return "quadrant II"
        case (x, y):
            return f"elsewhere ({x}, {y})"
for p in [(0, 0), (3, 3), (1, 2), (-1, 2), (5, -5)]:
    print(p, classify(p))

def as_patterns(v):
    match v:
        case [int() as a, int() as b] as pair:
            return f"int pair {pair} sum {a + b}"
        case [(1 | 2 | 3) as small, *_]:
            return f"starts with small number {small}"
        case {"name": str() as name} as record:
            return f"record for {name} with {len(record)} keys"
        case str() as text:
            return f"text of length {len(text)}"
        case _ as anything:
            return f"fallback got {anything!r}"
for v in [[1, 2], [2, "x", "y"], {"name": "ann", "age": 3}, "hello", 3.5, [9, "z"]]:
    print(as_patterns(v))

def or_with_capture(cmd):
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", direction]:
            return f"cannot go {direction!r}"
        case [("take" | "grab" | "get"), item] | ["pick", "up", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["look" | "l"] | ["look", "around"]:
            return "looking around"
        case _:
            return "unknown command"
for c in ["go north", "go up", "grab lamp", "pick up key", "drop a b c", "drop", "l", "look around", "dance"]:
    print(f"{c!r:16} -> {or_with_capture(c.split())}")

# names bound before a failing guard stay bound
match (10, 20):
    case (a, b) if a > b:
        print("not taken")
    case _:
        print("guard failed but a, b were bound:", a, b)

guard_calls = []
def g(tag, result):
    guard_calls.append(tag)
    return result
match 5:
    case int() if g("first", False):
        pass
    case 5 if g("second", True):
        print("second guard matched")
    case _ if g("third", True):
        pass
print(guard_calls)
