# pyaot: full-stderr
def parse_row(i, row):
    try:
        name, qty = row.split(",")
        return name, int(qty)
    except ValueError as e:
        e.add_note(f"while parsing row {i}: {row!r}")
        raise


rows = ["apple,3", "pear,x"]
out = []
for i, r in enumerate(rows):
    try:
        out.append(parse_row(i, r))
    except ValueError as e:
        print("caught:", e, e.__notes__)
print(out)
errors = []
for i, r in enumerate(["a,1", "b", "c,z"]):
    try:
        parse_row(i, r)
    except ValueError as e:
        errors.append(e)
if errors:
    raise ExceptionGroup("bad rows", errors)
