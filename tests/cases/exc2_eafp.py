# EAFP style: exceptions as normal control flow
config = {"host": "localhost", "port": "8080", "debug": "yes", "workers": "four"}

def get_int(key, default):
    try:
        return int(config[key])
    except KeyError:
        return default
    except ValueError:
        print(f"  bad int for {key}: {config[key]!r}")
        return default

print(get_int("port", 80), get_int("timeout", 30), get_int("workers", 1))

def first_index(seq, target):
    try:
        return seq.index(target)
    except ValueError:
        return -1
print(first_index([3, 1, 4], 4), first_index([3, 1, 4], 9), first_index("hello", "l"))

words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    try:
        counts[w] += 1
    except KeyError:
        counts[w] = 1
print(counts)

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    except TypeError:
        return None
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0), ("x", 1)]])

def parse_all(items):
    good, bad = [], []
    for it in items:
        try:
            good.append(float(it))
        except (ValueError, TypeError) as e:
            bad.append((it, type(e).__name__))
    return good, bad
print(parse_all(["1.5", "2", "abc", None, "1e3", "", " 7 ", [1]]))

def deep_get(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError) as e:
        return f"<missing: {type(e).__name__}>"
data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob"}]}
print(deep_get(data, "users", 0, "tags", 1))
print(deep_get(data, "users", 1, "tags"))
print(deep_get(data, "users", 5))
print(deep_get(data, "users", "x"))

it = iter([1, 2, 3])
total = 0
while True:
    try:
        total += next(it)
    except StopIteration:
        break
print("total", total)
