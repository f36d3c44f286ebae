# Control flow: for/while else, nested loops with finally, with statements, slice assignment, augmented ops.
for a, *b in [(1, 2, 3), (4,), "xy"]:
    print(a, b)
for i in range(3):
    if i == 5: break
else:
    print("for else ran")
n = 0
while n < 3:
    n += 1
    if n == 2: continue
else:
    print("while else", n)
for i in range(3):
    for j in range(3):
        if j == 1: break
        print("ij", i, j)
    else:
        print("never")
def search(grid, t):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == t:
                return r, c
    return None
print(search([[1, 2], [3, 4]], 3), search([], 1))
x = 10
del x
try: x
except NameError as e: print(e)
def g():
    global newglobal
    newglobal = "made"
g(); print(newglobal)
class CM:
    def __init__(self, n, fail=False): self.n, self.fail = n, fail
    def __enter__(self):
        if self.fail: raise RuntimeError("enter failed " + self.n)
        print("enter", self.n); return self.n
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None); return False
try:
    with CM("a") as a, CM("b", fail=True) as b:
        print("body")
except RuntimeError as e:
    print(e)
for i in range(4):
    try:
        if i % 2: continue
        print("try", i)
    finally:
        print("finally", i)
def loop_ret():
    for i in range(10):
        with CM(str(i)):
            if i == 1: return i
print(loop_ret())
i = 0
while True:
    i += 1
    try:
        if i > 2: break
    finally:
        print("wf", i)
print(i)
print([i for i in range(3)], i)
match_ = {"a": 1}
if (v := match_.get("a")) is not None and v > 0:
    print("walrus ok", v)
a = [1, 2, 3, 4, 5]
a[1:4] = []
print(a)
a[:0] = [9, 8]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
del a[:]
print(a)
s = "abc"
s += "d"
s *= 2
print(s)
t = (1, 2)
t *= 2
print(t)
d = {"a": 1}
d |= {"b": 2}
print(d)
x = 5
x **= 2; x //= 3; x %= 5; x <<= 3; x >>= 1; x |= 1; x &= 7; x ^= 2
print(x)
pass
...
if True: print("one-liner")
def empty(): ...
print(empty())
print(type(empty()), [] or {} or 0 or "last")
assert True, "never"
ok = not None
print(ok, not not [], ~0, -(-3), +True)
