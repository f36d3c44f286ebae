# Identity vs equality, interning-independent facts, set and dict ordering.
a = 5
b = 5
print(a is b, a == b, None is None, True is True, () is ())
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, y.append(3) or x, z)
print({3, 1, 2}, {10, 5, 0, -1}, set(range(10, 0, -2)), {0, 8, 16, 1}, set("a"))
d = {"z": 1, "a": 2, "m": 3}
d["b"] = 4
del d["a"]
d["a"] = 5
print(d, list(d.items())[0], next(iter(d)), list(reversed(d)))
d2 = {}
for k in [5, 3, 9, 1]:
    d2[k] = k * k
print(d2, sorted(d2), sorted(d2.values(), reverse=True), min(d2, key=d2.get))
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
lst = ["b", "A", "c", "B", "a"]
lst.sort(key=str.lower)
print(lst)
print(sorted([3.0, 1, 2.5, True, 0]), sorted([[2, 1], [1, 5], [1, 2]]), sorted("bca", key=ord))
s = {1, 2, 3}
t = s
t |= {4}
print(s is t, s)
tup = (1, 2)
tup2 = tup
tup2 += (3,)
print(tup, tup2, tup is tup2)
print(id(a) == id(b), type(a) is int, isinstance(a, object), [] == [], [] is not [])
n = None
print(n is None, n == None, not n, n is not False)
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, {1, 2} | fs, type({1, 2} | fs).__name__)
print({}.fromkeys([3, 1, 3, 2]), list(dict.fromkeys("banana")))
print(1 in {1: "a"}, "a" in {1: "a"}, 1.0 in {1}, True in {1}, (1, 2) in {(1, 2): 0})
