# imports inside functions run on first call only; several names in one import statement
import light, sys
from formats import (
    csv_fmt,
    table_fmt,
)

print("main: started, heavy loaded?", "heavy" in sys.modules)

def compute(i):
    import heavy          # executed on first call only
    return heavy.lookup(i)

def render(rows, kind):
    if kind == "csv":
        from formats.csv_fmt import render as r
    else:
        from formats.table_fmt import render as r
    return r(rows)

print(light.ping())
print("first call:", compute(3))
print("second call:", compute(9))
print("heavy loaded?", "heavy" in sys.modules)
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
print(render(rows, "csv"))
print(render(rows, "table"))
print(csv_fmt.__name__, table_fmt.__name__, light.__name__)
