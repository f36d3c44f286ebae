# Sequence patterns: fixed length, star captures, nesting, strings are not sequences here
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one item: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first={first} middle={middle} last={last}"
        case [first, *rest]:
            return f"long: first={first}, {len(rest)} more"

for s in [[], [1], [1, 2], (1, 2, 3), [1, 2, 3, 4, 5], list(range(10)), "ab"]:
    print(repr(s), "->", shape(s) if not isinstance(s, str) else "skip str")

def star_positions(seq):
    match seq:
        case [*head, "end"]:
            return f"ends with 'end', head={head}"
        case ["start", *tail]:
            return f"starts with 'start', tail={tail}"
        case [a, b, *_, z]:
            return f"a={a} b={b} z={z}"
        case _:
            return "other"
for s in [["x", "end"], ["start", 1, 2], ["end"], [1, 2, 3, 4], [1, 2], ["start", "end"]]:
    print(s, "->", star_positions(s))

def text_or_seq(x):
    match x:
        case [c1, c2]:
            return f"2-sequence {c1}{c2}"
        case str():
            return "a string (strings never match sequence patterns)"
        case _:
            return "other"
print(text_or_seq("ab"), "|", text_or_seq(("a", "b")), "|", text_or_seq(range(2)))

def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return f"2x2 matrix, det={a * d - b * c}"
        case [(x1, y1), (x2, y2), *others]:
            return f"polyline from ({x1},{y1}) via ({x2},{y2}) + {len(others)} points"
        case [int(n), str(s)]:
            return f"int {n} and str {s}"
        case _:
            return "unknown"
print(nested([[1, 2], [3, 4]]))
print(nested([(0, 0), (1, 1), (2, 2), (3, 3)]))
print(nested([5, "five"]))
print(nested([5, 5]))
print(nested({"a": 1}))

def sum_list(xs):
    match xs:
        case []:
            return 0
        case [head, *tail]:
            return head + sum_list(tail)
print(sum_list([1, 2, 3, 4, 5]))
match (1, 2, 3):
    case (a, *b):
        print("tuple star:", a, b, type(b).__name__)
