# Re-implementing builtin iteration helpers as generators and comparing with the real ones
def my_range(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    if step == 0:
        raise ValueError("my_range() arg 3 must not be zero")
    i = start
    while (step > 0 and i < stop) or (step < 0 and i > stop):
        yield i
        i += step

def my_enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1

def my_zip(*its):
    iters = [iter(i) for i in its]
    if not iters:
        return
    while True:
        row = []
        for it in iters:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)

def my_map(fn, *its):
    for args in my_zip(*its):
        yield fn(*args)

def my_filter(pred, it):
    for x in it:
        if (pred(x) if pred is not None else x):
            yield x

def my_reversed(seq):
    for i in my_range(len(seq) - 1, -1, -1):
        yield seq[i]

checks = [
    (list(my_range(5)), list(range(5))),
    (list(my_range(2, 11, 3)), list(range(2, 11, 3))),
    (list(my_range(10, 0, -4)), list(range(10, 0, -4))),
    (list(my_range(3, 3)), list(range(3, 3))),
    (list(my_enumerate("abc", 1)), list(enumerate("abc", 1))),
    (list(my_zip("abc", range(10), [True, False])), list(zip("abc", range(10), [True, False]))),
    (list(my_zip()), list(zip())),
    (list(my_map(pow, [2, 3, 4], [5, 2])), list(map(pow, [2, 3, 4], [5, 2]))),
    (list(my_filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(None, [0, 1, "", "x", None, [], [0]]))),
    (list(my_filter(str.isupper, "aBcDE")), list(filter(str.isupper, "aBcDE"))),
    (list(my_reversed([1, 2, 3])), list(reversed([1, 2, 3]))),
]
for mine, real in checks:
    print(mine == real, mine)
try:
    list(my_range(1, 5, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
# builtins are lazy iterators too
m = map(lambda x: print(f"  map {x}") or x, [1, 2])
print(type(m).__name__, type(zip()).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
print(next(m))
print(list(m))
