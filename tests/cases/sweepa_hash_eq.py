# __eq__/__hash__ contracts in sets and dicts; unhashable mutables.
class Key:
    def __init__(self, name, ver):
        self.name, self.ver = name, ver

    def __eq__(self, other):
        print(f"eq {self.name} {other.name}")
        return (self.name, self.ver) == (other.name, other.ver)

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Key({self.name!r}, {self.ver})"


k1, k2, k3 = Key("a", 1), Key("a", 1), Key("a", 2)
s = {k1}
print(k2 in s)
print(k3 in s)
s.add(k3)
print(len(s), s == {k1, k3})
d = {k1: "first"}
d[k2] = "second"
print(d)


class Always:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        return True


print(len({Always(), Always(), Always()}), {1: "x"}.get(Always()) if False else "")
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, "a", None)) == hash((1, "a", None)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(hash(-1) == hash(-2), hash(0) == hash(0.0) == hash(False), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(1.5), hash(-0.5), hash(float("inf")), hash(10**20) == hash(10**20 % (2**61 - 1)))
seen = set()
out = []
for w in "the cat and the hat and the bat".split():
    if w not in seen:
        seen.add(w)
        out.append(w)
print(out, len(seen))
groups = {}
for word in ["tea", "eat", "ate", "tan", "nat", "bat"]:
    groups.setdefault(tuple(sorted(word)), []).append(word)
print(list(groups.values()))
