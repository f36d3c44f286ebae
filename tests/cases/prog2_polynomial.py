# Polynomials with integer coefficients: arithmetic, division, evaluation, derivative, Newton roots
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)          # c[i] is the coefficient of x**i
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @classmethod
    def x(cls):
        return cls([0, 1])
    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1
    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result
    @staticmethod
    def _wrap(o):
        return o if isinstance(o, Poly) else Poly([o])
    def __add__(self, o):
        o = self._wrap(o)
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, o):
        return self + (-self._wrap(o))
    def __rsub__(self, o):
        return self._wrap(o) - self
    def __mul__(self, o):
        o = self._wrap(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result
    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(d.c) + 1)
        while len(rem) >= len(d.c) and rem != [0]:
            shift = len(rem) - len(d.c)
            factor = rem[-1] / d.c[-1]
            if factor == int(factor):
                factor = int(factor)
            quot[shift] = factor
            for i, dc in enumerate(d.c):
                rem[i + shift] -= factor * dc
            rem.pop()
        return Poly(quot), Poly(rem)
    def __floordiv__(self, d):
        return divmod(self, d)[0]
    def __mod__(self, d):
        return divmod(self, d)[1]
    def __eq__(self, o):
        return self.c == self._wrap(o).c
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def newton(self, x0, steps=30):
        d = self.derivative()
        x = x0
        for _ in range(steps):
            dx = d(x)
            if dx == 0:
                break
            x = x - self(x) / dx
        return x
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = ("" if mag == 1 and i else str(mag)) + ("x" if i else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            text += f" {sign} {body}"
        return text

x = Poly.x()
p = x ** 3 - 6 * x ** 2 + 11 * x - 6
q = x - 1
print("p =", p, "| q =", q, "| degree", p.degree)
print("p(0..4) =", [p(v) for v in range(5)])
print("p + q =", p + q, "| p - p =", p - p, "| 2 - q =", 2 - q)
print("p * q =", p * q)
quot, rem = divmod(p, q)
print("p // q =", quot, "| p % q =", rem, "| check:", quot * q + rem == p)
print("(x^2+1) divmod (x+1):", divmod(x * x + 1, x + 1))
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative())
for guess in (0.0, 1.8, 2.6, 10.0):
    print(f"newton from {guess}: {p.newton(guess):.6f}")
print("(x + 1)^5 =", (x + 1) ** 5)
print("zero:", Poly([0]), Poly([0]).degree, "| const:", Poly([-7]), "| -x^2:", -(x * x))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
cheb = [Poly([1]), x]
for _ in range(4):
    cheb.append(2 * x * cheb[-1] - cheb[-2])
for n, t in enumerate(cheb):
    print(f"T{n} = {t}")
