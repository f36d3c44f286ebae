# Speculative float code: every guard that can fail must fall back to
# ordinary Python semantics with identical results.
import math


class F(float):
    def __add__(self, other):
        return "F.add"

    def __mul__(self, other):
        return 10.0


class V:
    def __init__(self, x):
        self.x = x

    def __sub__(self, other):
        return V(self.x - other.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __rmul__(self, k):
        return V(k * self.x)

    def __repr__(self):
        return f"V({self.x})"


def poly(x, y):
    a = 2.0 * x + y
    b = a * a - x / 3.0
    c = -b + 0.5
    return a, b, c


def diff(p, q):
    return p - q


def scale(v, k):
    r = v * k
    return r * 1.5


def loop(n, step):
    total = 0.0
    x = 0.0
    for i in range(n):
        x = x + step
        total += x * i
    return total, x


def divs(a, b):
    r = a / b
    return r * 2.0


def cmp(a, b):
    s = a * 1.0
    if s < b:
        return "lt"
    if s == b:
        return "eq"
    return "gt"


def truth(v):
    z = v * 2.0
    if z:
        return "true"
    return "false"


def late_int(seq):
    acc = 0.0
    for v in seq:
        acc = acc + v
        acc = acc * 1.0
    return acc


def unbound(flag):
    if flag:
        y = 1.5
    x = 2.0 * 3.0
    try:
        return x + y
    except UnboundLocalError as e:
        return str(e)


def nested(xs):
    out = []
    for a in xs:
        for b in xs:
            d = a - b
            out.append(d * d)
    return out


def mixed_reassign(v):
    w = v * 0.5
    w = str(w)
    return w


def exc_in_loop(vals):
    res = []
    for v in vals:
        t = 1.0 * v
        try:
            res.append(1.0 / t)
        except ZeroDivisionError as e:
            res.append(repr(e))
    return res


for args in [(1.0, 2.0), (3, 4), (2**70, 1.0), (1.5, 2**40), (float("inf"), 1.0), (float("nan"), 0.0), (-0.0, 0.0), (1e300, 1e300)]:
    try:
        print(args, poly(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

print(diff(5.5, 2.25), diff(7, 3), diff(2**80, 1), diff(1.0, True), diff("ab", "ab") if False else None)
print(diff(V(3), V(1)))
try:
    diff("a", "b")
except TypeError as e:
    print("TypeError", e)
print(scale(2.0, 3.0), scale(2, 3), scale(V(2), 3), scale(F(2.0), 3.0), scale(2.0, F(3.0)))
print(loop(10, 0.25), loop(5, 1), loop(3, 2**65))
for a, b in [(1.0, 4.0), (1, 3), (10**20, 3), (2**60, 3), (1.0, 0.0), (1, 0), (7.5, 2)]:
    try:
        print(a, b, divs(a, b))
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError", e)
for a, b in [(1.0, 2.0), (2, 2), (2**53 + 1, 2**53), (3.0, 2**60), (float("nan"), 1.0), (1.0, "x")]:
    try:
        print(a, b, cmp(a, b))
    except TypeError as e:
        print(a, b, "TypeError", e)
print(truth(0.0), truth(-0.0), truth(float("nan")), truth(3), truth(0))
print(late_int([1.0, 2.5, 3, 4.5]), late_int([1, 2]), late_int([0.5, 2**70]))
print(unbound(True), unbound(False))
print(nested([1.0, 2.5, 4.0]), nested([1, 2]))
print(mixed_reassign(3.0), mixed_reassign(3))
print(exc_in_loop([2.0, 0.0, 4, 0]))
print(F(1.5) + 1.0, F(1.5) * 2.0, 1.0 * F(1.5))
print(math.fsum(x * 0.1 for x in range(10)), sum(x / 7 for x in range(7)))
print(5e-324 * 1.0, 1e-320 / 10, 1.7976931348623157e308 * 2.0, -1e308 * 10.0)
