class SparseVector:
    def __init__(self, n, items=None):
        self.n = n
        self.d = dict(items or {})

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("index out of range")
        return self.d.get(i, 0)

    def __setitem__(self, i, v):
        if v:
            self.d[i] = v
        else:
            self.d.pop(i, None)

    def __delitem__(self, i):
        del self.d[i]

    def __iter__(self):
        return (self[i] for i in range(self.n))

    def __reversed__(self):
        return (self[i] for i in range(self.n - 1, -1, -1))

    def __contains__(self, v):
        return v in self.d.values() or (v == 0 and len(self.d) < self.n)

    def __eq__(self, o):
        return list(self) == list(o)

    def __bool__(self):
        return bool(self.d)

    def __repr__(self):
        return f"SparseVector({self.n}, {self.d})"

    def __hash__(self):
        return hash(tuple(self))


v = SparseVector(6, {1: 5, 4: 2})
print(v, len(v), v[1], v[-2], v[1:5], v[::2], list(v), list(reversed(v)))
v[2] = 9
v[1] = 0
print(v, 9 in v, 7 in v, 0 in v, bool(SparseVector(3)), v == [0, 0, 9, 0, 2, 0])
del v[2]
print(v, sorted(v), sum(v), max(v), list(enumerate(v))[:2], dict(zip("abc", v)))
try:
    v[10]
except IndexError as e:
    print("IndexError:", e)
try:
    del v[0]
except KeyError as e:
    print("KeyError:", e)
print(hash(v) == hash(SparseVector(6, {4: 2})), {v: 1}[SparseVector(6, {4: 2})])


class Grid:
    def __init__(self, w, h):
        self.cells = [[0] * w for _ in range(h)]

    def __getitem__(self, pos):
        r, c = pos
        return self.cells[r][c]

    def __setitem__(self, pos, v):
        r, c = pos
        self.cells[r][c] = v

    def __str__(self):
        return "\n".join("".join(".#"[x] for x in row) for row in self.cells)


g = Grid(5, 3)
for r, c in [(0, 0), (1, 2), (2, 4), (1, 1)]:
    g[r, c] = 1
print(g)
print(g[1, 2], g[0, 1])


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq(), [x for x in Seq() if x])
a, b, *rest = Seq()
print(a, b, rest)
