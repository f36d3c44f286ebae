# Exceptions raised from comprehensions, lambdas, generator expressions and nested calls
def risky(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x * 10

try:
    result = [risky(x) for x in range(5)]
except ValueError as e:
    print("list comp:", e)

try:
    d = {x: 1 / (x - 2) for x in range(4)}
except ZeroDivisionError as e:
    print("dict comp:", e)

processed = []
def track(x):
    processed.append(x)
    return risky(x)
try:
    total = sum(track(x) for x in range(10))
except ValueError as e:
    print("genexp:", e, "processed:", processed)

safe = []
for x in range(6):
    try:
        safe.append(risky(x))
    except ValueError:
        safe.append(None)
print(safe)

def safe_map(fn, items):
    out = []
    for it in items:
        try:
            out.append(fn(it))
        except Exception as e:
            out.append(type(e).__name__)
    return out
print(safe_map(lambda s: int(s), ["1", "x", "3"]))
print(safe_map(lambda k: {"a": 1}[k], ["a", "b"]))
print(safe_map(lambda t: t[0] / t[1], [(1, 2), (1, 0), (4, 2)]))
print(safe_map(len, ["ab", 5, [1, 2, 3], None]))

def recurse(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return recurse(n - 1) + 1
try:
    recurse(50)
except RuntimeError as e:
    print("deep:", e)

sorted_ok = True
try:
    sorted([3, "a", 1])
except TypeError as e:
    sorted_ok = False
    print("sort:", e)
try:
    print(max([1, 2], key=lambda v: 1 / (v - 2)))
except ZeroDivisionError as e:
    print("key fn:", e)
try:
    list(map(int, ["1", "2", "three"]))
except ValueError as e:
    print("map:", e)
try:
    list(filter(lambda v: v.upper(), ["a", 1]))
except AttributeError as e:
    print("filter:", e)
