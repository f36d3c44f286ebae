# match: an expression evaluator, or-patterns with as, literal singletons, mapping keys, namedtuples, deep nesting
def evaluate(expr):
    match expr:
        case int() | float():
            return expr
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("-", a):
            return -evaluate(a)
        case ("let", str(name), value, body):
            return evaluate(substitute(body, name, evaluate(value)))
        case _:
            raise ValueError(f"bad expression: {expr!r}")
def substitute(e, name, v):
    match e:
        case str() if e == name:
            return v
        case (op, *args):
            return (op, *[substitute(a, name, v) for a in args])
        case _:
            return e
print(evaluate(("+", 1, ("*", 2, 3))), evaluate(("-", 4)), evaluate(("let", "x", 5, ("*", "x", "x"))))
try: evaluate(("/", 1, 2))
except ValueError as e: print(e)
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case int(c) if 400 <= c < 500:
            return "client error"
        case int(c) if c >= 500:
            return "server error"
        case _:
            return "unknown"
print([http(s) for s in (200, 204, 302, 404, 503, 99, "x")])
def sing(v):
    match v:
        case None: return "None"
        case True: return "True"
        case False: return "False"
        case 1.0: return "one-ish"
        case -1: return "minus one"
        case 1+2j: return "complex"
        case b"bytes": return "bytes"
        case "": return "empty str"
        case _: return "other"
print([sing(v) for v in (None, True, False, 1, 1.0, -1, 1+2j, b"bytes", "", 0)])
def mapping(d):
    match d:
        case {1: one, "two": 2}:
            return f"int key one={one}"
        case {"a": {"b": inner}}:
            return f"nested {inner}"
        case {"k": _, **rest} if not rest:
            return "only k"
        case dict() if not d:
            return "empty dict"
    return "none"
print(mapping({1: "x", "two": 2}), mapping({"a": {"b": 7}}), mapping({"k": 0}), mapping({"k": 0, "j": 1}), mapping({}))
from collections import namedtuple
P = namedtuple("P", "x y")
match P(1, 2):
    case P(x=1, y=yy):
        print("namedtuple kw", yy)
match P(3, 4):
    case (a, b):
        print("as sequence", a, b)
match [1, [2, [3, [4]]]]:
    case [_, [_, [_, [deep]]]]:
        print("deep", deep)
match "text":
    case str() as s if len(s) > 10:
        print("long")
    case str(s):
        print("short", s)
for value in [(1, 2), [1, 2], range(2)]:
    match value:
        case [x, y]:
            print(type(value).__name__, "len2", x, y)
        case range():
            print("range")
