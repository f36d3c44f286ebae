# Hashing rules and int/float/bool/complex key equality.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len(d))
d2 = {0: "a", 0.0: "b", False: "c", -0.0: "d", 0j: "e"}
print(d2)
print({1, 1.0, True}, {0, False, 0.0, -0.0}, {2, 2.0}, {1.5, 3 / 2})
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0.5) == hash(complex(0.5, 0)), hash(2**61 - 1) == hash(float(2**61 - 1)) or True)
print(hash(-1) == -2, hash(-2) == -2, hash(10**30) == hash(float(10**30)) or "skip", hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
for v in [[], {}, set(), bytearray(), [1, 2]]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
for v in [(1, []), frozenset(), "", b"", None, 1.5, range(3), slice(1, 2) if False else 0, type, len]:
    try:
        hash(v)
        print("hashable", type(v).__name__)
    except TypeError as e:
        print(e)
class A:
    pass
class B:
    def __eq__(self, o):
        return True
class C:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7
class D(C):
    __hash__ = None
print(type(hash(A())).__name__)
for cls in (B, D):
    try:
        hash(cls())
    except TypeError as e:
        print(e)
print(hash(C()), list({C(): 1, C(): 2}.values()), len({C(), C()}))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {1: 2}[[1]]
except TypeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    [1] in {1}
except TypeError as e:
    print(e)
try:
    {}.setdefault({}, 1)
except TypeError as e:
    print(e)
print(1 in {1.0: 0}, 1.0 in {1}, True in {1: 0}, 2 in {2.0}, {1: "a"}.get(1.0), {1.0: "a"}.get(True), (1, 2) in {(1.0, 2.0): 0})
nan = float("nan")
dn = {nan: 1}
print(nan in dn, float("nan") in dn, len({nan, nan}), len({float("nan"), float("nan")}))
