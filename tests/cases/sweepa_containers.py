# Printing and operating on builtin containers.
nested = {"a": [1, 2, (3, 4)], "b": {"c": None, "d": {1, 2}}, 5: "five", (1, 2): [True, 1.5]}
print(nested)
print(repr(nested), str([nested]))
print([[], [[]], (), ((),), (1,), {}, set(), frozenset(), frozenset({1})])
print({1, 2, 3}, {3, 2, 1}, set([10, 5, 1, 7]), {-1, -2, 0}, {"only"})
print(list(range(3)) * 2, [0] * 3, [[0] * 2] * 2, (1, 2) + (3,), (1,) * 3)
a = [1, 2, 3]
a.append(a)
print(a)
d = {}
d["self"] = d
print(d)
d = dict(b=1, a=2)
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "dflt"), d.popitem(), d, d.get("q"))
d.update({"x": 1}, y=2)
print(d, {**d, "x": 0}, d | {"z": 9}, dict.fromkeys("ab", 0))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
lst = [3, 1, 2]
lst.extend([5, 4])
lst.insert(0, 9)
lst.remove(1)
print(lst, lst.pop(), lst.pop(0), lst, lst.index(5), lst.count(2))
lst.sort()
print(lst, lst.reverse(), lst, lst.copy() == lst, lst.copy() is lst)
lst[1:3] = ["a", "b", "c"]
print(lst)
del lst[::2]
print(lst, lst * 0, [] == [], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
try:
    [1, 2].remove(5)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    (1, 2)[2]
except IndexError as e:
    print(e)
s = {1, 2, 3}
s2 = {3, 4}
print(s | s2, s & s2, s - s2, s ^ s2, s <= {1, 2, 3, 4}, s.isdisjoint({9}), s > {1})
s.add(10)
s.discard(1)
print(s, sorted(s), len(s), 10 in s, frozenset([1, 2]) == {1, 2}, {frozenset([1]): "fs"})
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
print(sorted({"banana": 3, "apple": 1}.items(), key=lambda kv: kv[1]))
t = (1, [2, 3])
t[1].append(4)
print(t, t.count(1), t.index([2, 3, 4]), hash((1, 2, 3)) == hash((1, 2, 3)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [list(r) for r in zip(*matrix)], [x for row in matrix for x in row if x % 2])
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)})
print(list({3: 0, 1: 0, 2: 0}), {1: "a", 1.0: "b", True: "c"})
