# Catching, annotating, re-raising; add_note (3.11); exception objects as values
def load(record):
    try:
        return int(record["value"])
    except (KeyError, ValueError) as e:
        e.add_note(f"while loading record {record.get('id')}")
        raise

for rec in [{"id": 1, "value": "5"}, {"id": 2}, {"id": 3, "value": "x"}]:
    try:
        print("loaded", load(rec))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "__notes__", None))

def with_context(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        e.args = (f"[{fn.__name__}] {e.args[0]}",) + e.args[1:]
        raise
def divide(a, b):
    return a / b
try:
    with_context(divide, 1, 0)
except ZeroDivisionError as e:
    print(e)

errors = []
def collect(fn):
    try:
        fn()
    except Exception as e:
        errors.append(e)
collect(lambda: [][0])
collect(lambda: {}["k"])
collect(lambda: int("z"))
collect(lambda: None)
print([type(e).__name__ for e in errors])
print([str(e) for e in errors])
summary = {}
for e in errors:
    summary.setdefault(type(e).__mro__[1].__name__, []).append(type(e).__name__)
print(summary)
try:
    raise errors[0]
except IndexError as e:
    print("re-raised stored exception:", e, e is errors[0])

e = ValueError("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
