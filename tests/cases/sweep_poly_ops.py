# Polynomial class with operator overloading and __call__, __eq__, __hash__
from fractions import Fraction
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) if c else (0,)
    @property
    def degree(self): return len(self.c) - 1
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self): return Poly([-a for a in self.c])
    def __sub__(self, o): return self + (-o if isinstance(o, Poly) else Poly([-o]))
    def __mul__(self, o):
        if not isinstance(o, Poly): o = Poly([o])
        r = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                r[i + j] += a * b
        return Poly(r)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n): r = r * self
        return r
    def __eq__(self, o): return isinstance(o, Poly) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def derivative(self): return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self): return f"Poly({list(self.c)})"
    def __str__(self):
        terms = []
        for i, a in reversed(list(enumerate(self.c))):
            if a == 0 and self.degree > 0: continue
            coef = "" if a == 1 and i else "-" if a == -1 and i else str(a)
            terms.append(coef + ("x" if i == 1 else f"x^{i}" if i else ""))
        return " + ".join(terms).replace("+ -", "- ")
x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 1
print(p, repr(p), p.degree, p(2), p(Fraction(1, 2)), p.derivative(), p.derivative().derivative())
q = (x + 1) ** 5
print(q, q(1), q.c, len({p, Poly([1, -2, 3]), q}))
print(p - p, (x - 1) * (x + 1), Poly([]), Poly([0, 0]) == Poly([0]), 2 + x, x * Fraction(1, 3))
