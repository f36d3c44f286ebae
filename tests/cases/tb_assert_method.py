# Uncaught AssertionError with a message from inside a method
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0])
    def __matmul__(self, other):
        assert self.m == other.n, f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}"
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5], [6]])
print((a @ b).rows)
print((a @ a).rows)
c = Matrix([[1, 2, 3]])
print((a @ c).rows)
