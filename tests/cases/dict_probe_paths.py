# Dict lookups through every probe path: identity, small ints, strs,
# equal keys of different types (1, 1.0, True), colliding hashes (-1 and
# -2), user __eq__/__hash__ (including one that mutates the dict while
# being compared), and insertion order after deletes and reinsertion.

d = {}
for i in range(-5, 50):
    d[i] = i * i
for i in range(-5, 50, 3):
    del d[i]
print(len(d), list(d)[:10], -1 in d, -2 in d, d.get(-1), d.get(-2))
d[-2] = "again"
d[1.0] = "float one"
d[True] = "true"
print(d[1], d[-2], list(d)[-3:], len(d))
print({1: "a", 1.0: "b", True: "c"})
print({-1: "m1", -2: "m2"}, hash(-1) == hash(-2))

words = ["alpha", "beta", "gamma", "delta", "eps"] * 3
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w in ["beta", "eps"]:
    del counts[w]
counts["beta"] = 10
print(counts, "gamma" in counts, "eps" in counts)
k = "".join(["gam", "ma"])
print(counts[k], k in counts)


class K:
    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % (self.v,)


d = {K(i, i % 3): i for i in range(9)}
print(d[K(4, 1)], K(10, 1) in d, len(d))
del d[K(4, 1)]
print(list(d.values()), K(4, 1) in d)
d[K(4, 1)] = "back"
print(list(d.items())[-2:])


class Mutator:
    def __init__(self, target):
        self.target = target
        self.fired = False

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if not self.fired:
            self.fired = True
            self.target.clear()
            self.target[7] = "rebuilt"
        return False


d = {7: "seven"}
m = Mutator(d)
print(m in d, d)
d2 = {7: "seven", 14: "x"}
m2 = Mutator(d2)
d2[m2] = "m"
print(len(d2), list(d2.values()))

# Many deletions and reinsertions keep insertion order.
d = {}
for r in range(5):
    for i in range(200):
        d[(i * 37 + r) % 300] = r
    for i in range(0, 300, 7):
        d.pop(i, None)
print(len(d), list(d)[:15], sum(d.values()))
s = 0
for i in range(300):
    if i in d:
        s += d[i]
print(s)
