# __getitem__/__setitem__ with tuples and slices, negative indices, __missing__ in a dict subclass.
class Matrix:
    def __init__(self, r, c, fill=0):
        self.r, self.c = r, c
        self.data = [[fill] * c for _ in range(r)]
    def __getitem__(self, idx):
        i, j = idx
        return self.data[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.data[i][j] = v
    def __iter__(self):
        return iter(self.data)
    def __str__(self):
        return "\n".join(" ".join(map(str, row)) for row in self)
m = Matrix(2, 3)
m[0, 1] = 5
m[1, 2] = m[0, 1] * 2
print(m)
print(m[1, 2], m.data)
class Sliceable:
    def __getitem__(self, k):
        return k
s = Sliceable()
print(s[1], s[1:2], s[::2], s[1, 2:3], s[...], s[:, None], s["k"])
print(s[-1:], s[:-1:], repr(s[::-1]))
sl = slice(1, 10, 3)
print(sl.start, sl.stop, sl.step, list(range(20))[sl], sl.indices(5), slice(None).indices(3))
class Neg:
    def __len__(self): return 5
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(5))[i]
        if i < 0: i += 5
        if not 0 <= i < 5: raise IndexError("Neg index out of range")
        return i * i
n = Neg()
print(n[-1], n[1:3], list(n), list(reversed(n)), 16 in n, n[::-2])
try:
    n[7]
except IndexError as e:
    print(e)
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd, len(dd), "c" in dd, dd.get("c"))
