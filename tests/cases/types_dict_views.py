# dict views: set operations, comparisons, reversed, live updates, errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(sorted(k & {"a", "b", "x"}), sorted(k | ["x"]), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), sorted({"a", "q"} & k), sorted(["q"] | k))
print(k == {"a", "b", "c"}, k != {"a"}, k <= {"a", "b", "c"}, k < {"a", "b", "c"}, k >= {"a"}, k > {"a"}, k.isdisjoint(["x"]), k.isdisjoint(["a"]))
print(sorted(it & {("a", 1), ("b", 9)}), sorted(it - {("a", 1)}), ("b", 2) in it, ("b", 3) in it, ["b", 2] in it if False else "", it == {("a", 1), ("b", 2), ("c", 3)})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), len(k), len(v), len(it), 1 in v, 9 in v)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it))
try:
    {1: 2}.keys() | 5
except TypeError as e:
    print(e)
try:
    it & 5
except TypeError as e:
    print(e)
try:
    v | v
except TypeError as e:
    print(e)
try:
    k[0]
except TypeError as e:
    print(e)
print(v == v, v == d.values(), type(k).__name__, type(v).__name__, type(it).__name__, type(k & set()).__name__)
e = {}
print(e.keys() == set(), e.items() == set(), bool(e.keys()), bool(d.keys()), sorted(d.keys() - []))
ks = {1: "a", 2: "b"}.keys()
print(ks & {1.0}, ks | {True}, {2} - ks, ks ^ [3])
m = {"x": 1}
for key in list(m):
    m[key + "y"] = 2
print(m)
it2 = iter(m)
next(it2)
m["zz"] = 3
try:
    next(it2)
except RuntimeError as e:
    print(e)
m2 = {1: 1, 2: 2}
it3 = iter(m2.items())
del m2[1]
try:
    next(it3)
except RuntimeError as e:
    print(e)
