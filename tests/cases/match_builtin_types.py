# Matching on types: int(), str() as s, bool vs int, float(x), list(), dict()
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r} of length {len(s)}"
        case list() | tuple() as seq:
            return f"{type(seq).__name__} of {len(seq)}"
        case dict(d):
            return f"dict with keys {sorted(d)}"
        case set() | frozenset():
            return f"a set of size {len(v)}"
        case None:
            return "None"
        case _:
            return f"something else: {type(v).__name__}"

for v in [True, False, -3, 0, 42, 2.5, "", "hey", [1, 2], (1,), {"b": 1, "a": 2}, {1, 2}, frozenset(), None, range(3)]:
    print(repr(v), "->", kind(v))

def order_matters(v):
    match v:
        case int():
            return "int first (bool is an int!)"
        case bool():
            return "bool"
print(order_matters(True), "|", order_matters(7))

def number_parts(v):
    match v:
        case int(real=r, imag=i):
            return f"int real={r} imag={i}"
        case float(real=r):
            return f"float real={r} int={v.is_integer()}"
        case str(upper=u):
            return f"str with upper method {u()!r}"
print(number_parts(5), "|", number_parts(2.0), "|", number_parts("abc"))

values = [1, "a", 2.0, [3], None, "bb", 4]
ints = [v for v in values if (lambda x: isinstance(x, int))(v)]
counts = {"int": 0, "str": 0, "other": 0}
for v in values:
    match v:
        case int():
            counts["int"] += 1
        case str():
            counts["str"] += 1
        case _:
            counts["other"] += 1
print(ints, counts)
