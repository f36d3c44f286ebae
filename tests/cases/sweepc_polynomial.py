from fractions import Fraction
from itertools import zip_longest


class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        return Poly(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly([-o]))

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i)

    def __divmod__(self, d):
        num = [Fraction(x) for x in self.c]
        q = [Fraction(0)] * max(1, len(num) - len(d.c) + 1)
        while len(num) >= len(d.c) and any(num):
            k = num[-1] / d.c[-1]
            shift = len(num) - len(d.c)
            q[shift] = k
            for i, b in enumerate(d.c):
                num[shift + i] -= k * b
            num.pop()
        return Poly(q), Poly(num)

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append(f"{sign} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]


p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print(p, "|", q, "|", p.degree, p(2), p(Fraction(1, 2)))
print(p + q, "|", p - p, "|", p * q, "|", q ** 3, "|", 3 * q + 1)
print(p.derivative(), p.derivative().derivative(), [p(x) for x in range(-2, 3)])
quot, rem = divmod(p, q)
print(quot, "|", rem, "|", quot * q + rem == Poly([Fraction(x) for x in p.c]))


def newton(f, x, steps=6):
    df = f.derivative()
    for _ in range(steps):
        x = x - f(x) / df(x)
    return x


print(round(newton(Poly([-2, 0, 1]), 1.0), 10), round(newton(p, 2.0), 8))
