import itertools


def read_records(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield n, line


def parse(records):
    for n, line in records:
        name, *nums = line.split(",")
        try:
            yield name, [float(x) for x in nums]
        except ValueError:
            print(f"line {n}: bad number in {line!r}")


def stats(rows):
    for name, nums in rows:
        if nums:
            yield name, min(nums), max(nums), sum(nums) / len(nums)


DATA = """
# name,values
alpha,1,2,3
beta,10,x,3
gamma,4.5,5.5

delta
eps,-1,-2
""".splitlines()

for name, lo, hi, avg in stats(parse(read_records(DATA))):
    print(f"{name:>6}: lo={lo:<6} hi={hi:<6} avg={avg:.2f}")


def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


c = counter()
next(c)
for v in [5, 10, 20]:
    print(c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("final", e.value)


def chain_gen(*its):
    for it in its:
        yield from it


print(list(chain_gen("ab", range(3), (x * x for x in [4, 5]))))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for i in x:
            yield from flatten(i)
    else:
        yield x


print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
squares = (i * i for i in itertools.count(1))
print(list(itertools.islice(squares, 5)), next(squares))
print(list(itertools.takewhile(lambda x: x < 50, (i ** 3 for i in itertools.count()))))
g = (x for x in range(3))
print(g.__name__, type(g).__name__, list(g), list(g))


def gen_throw():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    yield 3


gt = gen_throw()
print(next(gt), gt.throw(ValueError("boom")), next(gt))
gt.close()
