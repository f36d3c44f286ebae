# A Matrix class: classmethod constructors, tuple keys in __getitem__/__setitem__, @ and @=, properties, __hash__ = None, __str__ vs __repr__
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        r = Matrix.zeros(self.n, o.m)
        for i in range(self.n):
            for j in range(o.m):
                r[i, j] = sum(self[i, k] * o[k, j] for k in range(self.m))
        return r
    def __imatmul__(self, o):
        res = self @ o
        self.rows = res.rows
        self.n, self.m = res.n, res.m
        return self
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    @property
    def shape(self):
        return (self.n, self.m)
    @property
    def T(self):
        return Matrix(zip(*self.rows))
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(f"{v:>{w}}" for v in r) for r in self.rows)
    def __iter__(self):
        return (tuple(r) for r in self.rows)
    def __len__(self):
        return self.n
    def __bool__(self):
        return any(any(r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
print(a @ Matrix.identity(2) == a, a.T, (a @ a).rows)
print(a + a, 2 * a, a * 3, a.shape, a.T.shape)
print(str(a @ a))
b = Matrix([[1, 2, 3]])
try:
    a @ b
except ValueError as e:
    print("ValueError:", e)
c = Matrix([[2, 0], [0, 2]])
c @= a
print(c, list(c), len(c), bool(Matrix.zeros(2, 2)), bool(c))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(a != a.T, a == [[1, 2], [3, 4]])
