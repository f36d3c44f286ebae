# Operator dispatch: reflected priority for subclasses, NotImplemented fallbacks, __ne__ defaults.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return f"Base.add({self.v}, {getattr(o, 'v', o)})"

    def __radd__(self, o):
        return f"Base.radd({self.v}, {getattr(o, 'v', o)})"

    def __eq__(self, o):
        if not isinstance(o, Base):
            return NotImplemented
        return self.v == o.v

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Derived(Base):
    def __radd__(self, o):
        return f"Derived.radd({self.v}, {getattr(o, 'v', o)})"


print(Base(1) + Base(2), Base(1) + Derived(2), Derived(1) + Base(2), 5 + Base(3), Base(3) + 5)
print(Base(1) == Base(1), Base(1) != Base(1), Base(1) == 1, Base(1) != "x", 1 == Base(1))
try:
    hash(Base(1))
except TypeError as e:
    print("TypeError:", e)


class Hashable(Base):
    __hash__ = object.__hash__


print(type(hash(Hashable(1))).__name__, Hashable.__hash__ is object.__hash__, Base.__hash__)


class NoHash:
    __hash__ = None


try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return NotImplemented

    def __gt__(self, o):
        return self.v > o.v


print(Cmp(1) < Cmp(2), Cmp(3) < Cmp(2))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)


class InPlace:
    def __init__(self, items):
        self.items = items

    def __add__(self, o):
        print("add")
        return InPlace(self.items + o)

    def __iadd__(self, o):
        print("iadd")
        self.items += o
        return self


p = InPlace([1])
q = p
p += [2]
print(p is q, p.items)


class OnlyAdd:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return OnlyAdd(self.n + o)


r = OnlyAdd(1)
s = r
r += 5
print(r is s, r.n, s.n)


class Pow:
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)

    def __rpow__(self, b):
        return ("rpow", b)

    def __matmul__(self, o):
        return "matmul"

    def __floordiv__(self, o):
        return "floordiv"

    def __rtruediv__(self, o):
        return "rtruediv"

    def __mod__(self, o):
        return "mod"

    def __lshift__(self, o):
        return "lshift"

    def __and__(self, o):
        return "and"

    def __invert__(self):
        return "invert"

    def __pos__(self):
        return "pos"


w = Pow()
print(w ** 2, pow(w, 2, 5), 2 ** w, w @ w, w // 1, 1 / w, w % 3, w << 1, w & 1, ~w, +w)
try:
    w - 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - w
except TypeError as e:
    print("TypeError:", e)
try:
    -w
except TypeError as e:
    print("TypeError:", e)
print([1, 2] * 2, 2 * (1,), "ab" * True, [] + [], (1,) + ())
print(True + 1.5, 3 * 1.0, 7 // 2.0, -7 % 3.0, 2 ** 0.5 * 2 ** 0.5, 1 == 1.0, {1: "a"}[1.0])
