# dict methods, views, merging, errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d.pop("c"), d.pop("z", "dflt"), d, len(d), "a" in d, 1 in d)
d.update({"x": 10}, y=11); d.update([("z", 12)]); d.update(w=13)
print(d, d.popitem(), d, list(d.keys()), list(d.values()), list(d.items()), d.copy(), dict.fromkeys("ab"), dict.fromkeys([1, 2], []), dict.fromkeys(()))
e = d.copy(); e.clear(); print(e, d == d.copy(), d != e)
for bad in [lambda: d["nope"], lambda: d.pop("nope"), lambda: {}.popitem(), lambda: d.update(1), lambda: d.update([1]), lambda: d.update([(1, 2, 3)]), lambda: dict(1),
            lambda: dict([("a",)]), lambda: {[]: 1}, lambda: d[[]], lambda: d.get(), lambda: d.get([]), lambda: d.setdefault([]), lambda: d < d, lambda: d + d,
            lambda: d.fromkeys(1), lambda: dict(a=1, **{"a": 2}), lambda: d.pop(), lambda: d.keys()[0], lambda: d.__delitem__("q"), lambda: d | [1], lambda: {}.update({}, {})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip("ab", range(2))), dict(((1, 2), [3, 4])), {**d, "q": 0}, {1: 1, **{2: 2}})
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
m |= [("d", 5)]
print(m)
k = {1: "int", 1.0: "float", True: "bool"}
print(k, {0: "a", False: "b", 0.0: "c"}, {1: 1}[True], {2.0: 1}[2], {"x": 1} == {"x": 1.0}, {1: 2} == {1.0: 2})
ks = {"a": 1, "b": 2, "c": 3}.keys()
print(ks & {"a", "z"}, sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}), ks == {"a", "b", "c"}, ks < {"a", "b", "c", "d"}, ks.isdisjoint({"x"}), "a" in ks)
it = {"a": 1, "b": 2}.items()
print(it & {("a", 1)}, sorted(it | {("z", 0)}), it - {("a", 1)}, ("a", 1) in it, ("a", 2) in it, reversed({"a": 1, "b": 2}.keys()) is not None, list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), len({1: 2}.items()), {1: 2}.values() == {1: 2}.values())
v = {"a": 1}
vk = v.keys()
v["b"] = 2
print(vk, vk.mapping if hasattr(vk, "mapping") else "")
try:
    for kk in v:
        v["new"] = 1
except RuntimeError as e:
    print(e)
print(sorted({3: 1, 1: 2}.items()), dict(sorted({"b": 1, "a": 2}.items())), {k: v for k, v in [(1, 2)]}, max({"a": 1, "b": 2}, key=lambda k: -ord(k)))
class M(dict):
    def __missing__(self, k):
        return k * 2
mm = M(a=1)
print(mm["a"], mm["zz"], mm.get("zz"), "zz" in mm, type(mm).__name__)
