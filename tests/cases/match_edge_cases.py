# Edge cases: subject evaluated once, str subclasses, non-string mapping keys, irrefutable last case
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2, 3]
match subject():
    case [0, *_]:
        pass
    case [1, *_]:
        pass
print("subject evaluated", calls, "time(s)")

class Name(str):
    pass
match Name("alice"):
    case "alice":
        print("str subclass equals literal")
match Name("bob"):
    case str() as s:
        print("str() matches subclass:", type(s).__name__, s)

match {1: "one", 2: "two", (3, 4): "tuple key"}:
    case {1: a, 2: b}:
        print("non-string keys:", a, b)

match {"a": 1}:
    case {"a": 1, "b": _}:
        print("no")
    case {"a": _, **rest} if not rest:
        print("exact single key mapping")

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep sequence", a + b + c + d)

match 42:
    case x:
        print("irrefutable capture:", x)

values = []
for item in [(1, "a"), [2, "b"], range(3, 5), "xy", {"k": 1}]:
    match item:
        case (n, s):
            values.append(f"pair({n!r},{s!r})")
        case _:
            values.append(f"other({type(item).__name__})")
print(values)

class Lazy:
    accesses = 0
    @property
    def value(self):
        Lazy.accesses += 1
        return 7
match Lazy():
    case Lazy(value=0):
        pass
    case Lazy(value=7):
        print("property matched, accesses so far:", Lazy.accesses)

match (1, 2):
    case [1, 2]:
        print("tuple subject matches list pattern")
match [1, 2]:
    case (1, 2):
        print("list subject matches tuple pattern")
match 1.0:
    case 1:
        print("1.0 matches literal 1")
match 0:
    case False:
        print("0 matches False?")
    case _:
        print("0 does not match False (identity for True/False/None)")
