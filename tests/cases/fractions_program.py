# Exact arithmetic with Fraction: Egyptian fractions, Bernoulli numbers,
# continued fractions and a small exact linear solver.
from fractions import Fraction


def egyptian(f):
    parts = []
    while f.numerator != 0:
        d = -(-f.denominator // f.numerator)
        parts.append(Fraction(1, d))
        f -= Fraction(1, d)
    return parts


for f in [Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)]:
    print(f, "=", " + ".join(str(p) for p in egyptian(f)))


def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]


print([str(bernoulli(n)) for n in range(0, 13)])


def continued_fraction(f):
    terms = []
    while True:
        q = f.numerator // f.denominator
        terms.append(q)
        f -= q
        if f == 0:
            return terms
        f = 1 / f


print(continued_fraction(Fraction(415, 93)), continued_fraction(Fraction(3.25)))


def solve(matrix, rhs):
    n = len(matrix)
    m = [[Fraction(x) for x in row] + [Fraction(r)] for row, r in zip(matrix, rhs)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if m[r][col] != 0)
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col] != 0:
                factor = m[r][col] / m[col][col]
                m[r] = [x - factor * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 2], [3, 4]], [Fraction(1, 2), Fraction(1, 3)]))
