# A Matrix class with operator overloading, exact arithmetic through a tiny Fraction type
import math

class Q:
    """Minimal rational number for exact matrix inversion."""
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)
    def __add__(self, o): o = Q.of(o); return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = Q.of(o); return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return Q.of(o) - self
    def __mul__(self, o): o = Q.of(o); return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = Q.of(o); return Q(self.n * o.d, self.d * o.n)
    def __neg__(self): return Q(-self.n, self.d)
    def __eq__(self, o): o = Q.of(o); return self.n == o.n and self.d == o.d
    def __hash__(self): return hash((self.n, self.d))
    def __repr__(self): return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self.rows = [list(r) for r in rows]
        self.shape = (len(rows), len(rows[0]))
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]
    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __add__(self, other):
        self._same_shape(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __sub__(self, other):
        return self + other * -1
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = other.T.rows
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    @property
    def T(self):
        return Matrix([list(col) for col in zip(*self.rows)])
    def _same_shape(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
    def det(self):
        n = self.shape[0]
        if n == 1:
            return self[0, 0]
        return sum((-1) ** j * self[0, j] * self.minor(0, j).det() for j in range(n))
    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])
    def inverse(self):
        n = self.shape[0]
        aug = [[Q.of(x) for x in row] + [Q(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])
    def __repr__(self):
        width = max(len(repr(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x!r:>{width}}" for x in r) + "]" for r in self.rows)

A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2], [3, 4], [5, 6]])
print(A, "", A.T == A, A.shape, B.shape, sep="\n")
print(A @ B)
print(B.T @ B)
print(A + A == 2 * A, A - A == Matrix([[0] * 3] * 3))
print("det", A.det(), Matrix([[1, 2], [2, 4]]).det())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1])
for bad in (lambda: A @ A.minor(0, 0), lambda: A + B, lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1], [1, 2]])):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
