# match: literals, captures, wildcards, or-patterns, guards, sequences with star
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num if num > 1000:
            return f"big {num}"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string of {len(s)}"
        case None:
            return "none"
        case True:
            return "true?"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case _:
            return "other"

for v in [0, 2, -5, 5000, 7, 3.5, "hi", "abc", None, True, [], [1], (1, 2), [1, 2, 3, 4], {1}]:
    print(repr(v), "->", describe(v))

def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb}"
for c in ["go north", "go", "go a b", "pick up lamp", "take key", "drop a b c", "drop", "quit", "exit", "", "dance now"]:
    print(repr(c), "->", command(c))

def nested(p):
    match p:
        case [(0, 0), *others]:
            return f"starts at origin, {len(others)} more"
        case [(x, y), (x2, y2)] if x == x2:
            return f"vertical at x={x}"
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case (a, (b, (c, d))):
            return f"deep {a} {b} {c} {d}"
    return "no match"
print(nested([(0, 0), (1, 1), (2, 2)]), nested([(3, 1), (3, 9)]), nested([[1, 2], [3, 4]]), nested((1, (2, (3, 4)))), nested("str"))

def strings_not_sequences(v):
    match v:
        case [a, b, c]:
            return "sequence of 3"
        case str():
            return "a string"
print(strings_not_sequences("abc"), strings_not_sequences(b"abc" if False else [1, 2, 3]))
x = 5
match x:
    case 1:
        print("one")
print("no case matched, fallthrough ok")
