# __hash__: custom hashing, sets and dict keys, unhashable when __eq__ only
class Key:
    def __init__(self, name, version):
        self.name = name
        self.version = version
    def __eq__(self, other):
        return isinstance(other, Key) and (self.name, self.version) == (other.name, other.version)
    def __hash__(self):
        return hash(self.version) * 31 + len(self.name)
    def __repr__(self):
        return f"Key({self.name!r}, {self.version})"

k1, k2, k3 = Key("a", 1), Key("a", 1), Key("b", 2)
print(k1 == k2, k1 is k2, hash(k1) == hash(k2), hash(k1))
d = {k1: "first"}
d[k2] = "second"
d[k3] = "third"
print(len(d), d[Key("a", 1)], d)
s = {k1, k2, k3, Key("b", 2)}
print(len(s), Key("b", 2) in s, Key("c", 3) in s)

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == getattr(other, "v", None)
print(EqOnly.__hash__ is None)
for action in ("hash", "set", "dict key", "set add", "frozenset"):
    try:
        if action == "hash":
            hash(EqOnly(1))
        elif action == "set":
            {EqOnly(1)}
        elif action == "dict key":
            {}[EqOnly(1)] = 0
        elif action == "set add":
            set().add(EqOnly(1))
        else:
            frozenset([EqOnly(2)])
    except TypeError as e:
        print(action, "->", e)

class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
items = {}
for v in [1, 2, 1, 3]:
    items[ConstHash(v)] = v
print(len(items))

class Default:
    pass
x = Default()
print(hash(x) == hash(x), {x: 1}[x])

class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
print(hash(5), hash(-1), hash(True), hash(0.0) == hash(0), hash((1, 2)) == hash((1, 2)))
