# Instance attribute order, deletion and __dict__ materialisation with
# hidden-class (shape) storage.


class A:
    pass


def make(order):
    a = A()
    for n in order:
        setattr(a, n, n.upper())
    return a


for order in ["xyz", "zyx", "yxz", "xy", "yx", ""]:
    a = make(order)
    print(order, vars(a), list(a.__dict__))

# Same shape, different values.
a, b = make("abc"), make("abc")
b.b = 2
print(a.__dict__, b.__dict__)

# Re-assigning keeps position.
a = make("pqr")
a.p = 10
a.q = 20
print(a.__dict__)

# Deletion then re-adding moves the key to the end.
a = make("pqr")
del a.p
print(a.__dict__)
a.p = 1
print(a.__dict__, a.p, a.q)
try:
    del a.nothere
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(a.nothere)
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ is live in both directions.
a = make("xy")
d = a.__dict__
d["z"] = 3
print(a.z, hasattr(a, "z"), getattr(a, "w", "default"))
a.w = 4
print(d, d is a.__dict__, d is vars(a))
del d["x"]
print(hasattr(a, "x"), a.__dict__)
a.__dict__.update(k=1, m=2)
print(a.k, a.m, vars(a))
d.clear()
print(vars(a), hasattr(a, "y"))

# Many attributes.
big = A()
for i in range(40):
    setattr(big, "a%d" % i, i)
print(len(vars(big)), big.a0, big.a39, list(vars(big))[:3], list(vars(big))[-2:])
big.a5 = "five"
del big.a6
print(big.a5, hasattr(big, "a6"), len(big.__dict__))

# Non-identifier and computed names.
a = A()
setattr(a, "with space", 1)
setattr(a, "".join(["co", "mputed"]), 2)
print(vars(a), a.computed, getattr(a, "with space"))

# dir() and hasattr.
a = make("ba")
print([n for n in dir(a) if not n.startswith("__")])
print(hasattr(a, "a"), hasattr(a, "c"))


# A site that sees many shapes.
def get_x(o):
    return o.x


objs = [make(s) for s in ["x", "ax", "bx", "abx", "bax", "cx", "x"]]
print([get_x(o) for o in objs] * 1)
for o in objs:
    o.x = o.x + "!"
print([get_x(o) for o in objs])

# Assigning __dict__ replaces the attributes.
a = make("xy")
nd = {"y": 2}
a.__dict__ = nd
print(a.y, vars(a), hasattr(a, "x"), a.__dict__ is nd)
a.z = 3
print(nd)
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
