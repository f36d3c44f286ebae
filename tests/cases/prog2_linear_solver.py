# Exact Gaussian elimination with a Fraction class: solve systems, detect singular/inconsistent ones
import math

class Fraction:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num, self.den = num // g, den // g
    @staticmethod
    def lift(v):
        return v if isinstance(v, Fraction) else Fraction(v)
    def __add__(self, o): o = Fraction.lift(o); return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    def __sub__(self, o): o = Fraction.lift(o); return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)
    def __mul__(self, o): o = Fraction.lift(o); return Fraction(self.num * o.num, self.den * o.den)
    def __truediv__(self, o): o = Fraction.lift(o); return Fraction(self.num * o.den, self.den * o.num)
    __radd__, __rmul__ = __add__, __mul__
    def __neg__(self): return Fraction(-self.num, self.den)
    def __eq__(self, o): o = Fraction.lift(o); return (self.num, self.den) == (o.num, o.den)
    def __hash__(self): return hash((self.num, self.den))
    def __bool__(self): return self.num != 0
    def __abs__(self): return Fraction(abs(self.num), self.den)
    def __lt__(self, o): o = Fraction.lift(o); return self.num * o.den < o.num * self.den
    def __repr__(self): return f"{self.num}" if self.den == 1 else f"{self.num}/{self.den}"

class NoUniqueSolution(Exception):
    pass

def solve(matrix, rhs):
    n = len(matrix)
    rows = [[Fraction.lift(v) for v in row] + [Fraction.lift(b)] for row, b in zip(matrix, rhs)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        if not rows[pivot][col]:
            consistent = all(any(r[:-1]) or not r[-1] for r in rows)
            raise NoUniqueSolution("infinitely many solutions" if consistent else "no solution")
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(n):
            if r != col and rows[r][col]:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col])]
    return [rows[i][n] / rows[i][i] for i in range(n)]

def check(matrix, rhs, sol):
    return all(sum((Fraction.lift(a) * x for a, x in zip(row, sol)), Fraction(0)) == b for row, b in zip(matrix, rhs))

systems = [
    ([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]),
    ([[1, 2], [3, 4]], [5, 6]),
    ([[1, 1, 1], [0, 2, 5], [2, 5, -1]], [6, -4, 27]),
    ([[1, 2], [2, 4]], [3, 6]),
    ([[1, 2], [2, 4]], [3, 7]),
    ([[Fraction(1, 2), Fraction(1, 3)], [Fraction(1, 4), Fraction(1, 5)]], [1, 1]),
]
for m, b in systems:
    try:
        sol = solve(m, b)
        print(sol, "check:", check(m, b, sol))
    except NoUniqueSolution as e:
        print("NoUniqueSolution:", e)
n = 5
hilbert = [[Fraction(1, i + j + 1) for j in range(n)] for i in range(n)]
ones = [sum(row, Fraction(0)) for row in hilbert]
print("hilbert rhs", ones)
print("hilbert solution", solve(hilbert, ones))
print(sorted([Fraction(1, 3), Fraction(-1, 2), Fraction(2, 7)]), Fraction(6, -4), Fraction(0, 5) == 0)
