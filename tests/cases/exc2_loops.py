# try/except inside loops: continue/break from handlers, per-iteration state
lines = ["10", "20", "x", "", "30", "stop", "40"]
total = 0
skipped = []
for i, line in enumerate(lines):
    try:
        if line == "stop":
            print("stop seen at", i)
            break
        total += int(line)
    except ValueError:
        skipped.append(i)
        continue
    finally:
        print(f"  processed line {i}")
    print("running total", total)
print("total", total, "skipped", skipped)

matrix = [[1, 2, 0], [4, 0, 6], [7, 8, 9]]
inverses = []
for row in matrix:
    out = []
    for v in row:
        try:
            out.append(round(1 / v, 3))
        except ZeroDivisionError:
            out.append(None)
    inverses.append(out)
print(inverses)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise ConnectionError(f"attempt {attempts}")
        print("connected after", attempts, "attempts")
        break
    except ConnectionError as e:
        print("  failed:", e)

def find_first_bad(items):
    for idx, it in enumerate(items):
        try:
            float(it)
        except ValueError:
            return idx
    return None
print(find_first_bad(["1", "2.5", "nan", "x", "y"]), find_first_bad(["1"]))

errors = {}
for a in range(-2, 3):
    for b in range(-1, 2):
        try:
            r = (a // b) + 10 // a + [1, 2][a]
        except Exception as e:
            errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
print(errors)
