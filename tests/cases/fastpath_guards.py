# Inline fast paths must keep CPython's semantics when their guards fail.

# Global loads: rebinding, shadowing a builtin, deleting the shadow.
def use_len(x):
    return len(x)

print(use_len([1, 2, 3]))
len = lambda x: "shadowed"
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))

counter = 0
def bump():
    global counter
    counter += 1
    return counter

for _ in range(5):
    bump()
print(counter)

# Rebinding a function between calls of a hot loop.
def f(n):
    return n + 1

def g(n):
    return n * 10

total = 0
for i in range(10):
    if i == 5:
        f = g
    total += f(i)
print(total)

# List and tuple indexing: negative, out of range, subclasses, non-int keys.
xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3])
for bad in (3, -4, 10**20):
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    xs[1.0]
except TypeError as e:
    print("TypeError", e)
xs[-1] = 99
print(xs)
try:
    xs[5] = 1
except IndexError as e:
    print("IndexError", e)
t = (1, 2, 3)
print(t[1], t[-1])
try:
    t[3]
except IndexError as e:
    print("IndexError", e)

class MyList(list):
    def __getitem__(self, i):
        return ("mine", i)
    def __setitem__(self, i, v):
        print("set", i, v)

m = MyList([1, 2])
print(m[0])
m[0] = 5

class MyTuple(tuple):
    pass

mt = MyTuple((4, 5, 6))
mt.extra = "dict works"
print(mt[2], mt.extra, len(mt), mt)
print(True and xs[True])  # bool index is an int

d = {0: "zero", -1: "minus one"}
print(d[0], d[-1])

# Attribute caches: class changes, instance shadowing, __getattr__ added later.
class P:
    kind = "class attr"
    def __init__(self, x):
        self.x = x
    def show(self):
        return "show %s" % self.x

ps = [P(i) for i in range(3)]
for p in ps:
    print(p.x, p.kind, p.show())
ps[1].show = lambda: "instance override"
for p in ps:
    print(p.show())
P.show = lambda self: "patched %s" % self.x
for p in ps:
    print(p.show())
del ps[1].show
print(ps[1].show())

class Q(P):
    pass

q = Q(7)
print(q.show(), q.x)
P.x = property(lambda self: "property wins")
print(q.x, ps[0].x)
del P.x
print(q.x)

class Slotted:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1

s = Slotted()
for _ in range(3):
    s.a += 1
print(s.a)

class Loud:
    def __init__(self):
        self.v = 1
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v)

lo = Loud()
lo.v = 2
print(lo.v)

# Method calls on builtins through the cache, with type changes at one site.
for obj in ["abc", [3, 1, 2], (1, 2), {"k": 1}]:
    print(type(obj).__name__, obj.__len__(), obj.__class__.__name__)
for s2 in ["a,b", "c,d,e"]:
    print(s2.split(","))

# Range loops beyond the small-int range and with negative steps.
for i in range(2**62 - 2, 2**62 + 2):
    print(i)
for i in range(5, -6, -3):
    print(i, end=" ")
print()

# Recursion limit still raised.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
