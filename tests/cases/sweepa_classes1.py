# Dunder methods, operators incl. reflected and in-place, comparisons.
from functools import total_ordering


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]


v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, 2 * v, v * 3, -v, abs(w), sum([v, w]), v == Vec(1, 2), v != w)
u = v
u += w
print(u is v, v, bool(Vec(0, 0)), len(v), list(v), tuple(w), {v, Vec(4, 6)})
try:
    v + 1
except TypeError as e:
    print(e)
try:
    v < w
except TypeError as e:
    print(e)


@total_ordering
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "Ver(%s)" % ".".join(map(str, self.parts))


vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), Ver("1.0") >= Ver("0.1"), Ver("2") <= Ver("1"))


class Money:
    def __init__(self, c):
        self.c = c

    def __lt__(self, o):
        print("lt", self.c, o.c)
        return self.c < o.c

    def __gt__(self, o):
        print("gt", self.c, o.c)
        return self.c > o.c


print(Money(1) < Money(2), Money(1) > Money(2))
print(sorted([Money(3), Money(1)], key=lambda m: m.c)[0].c)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])


class Cont:
    def __contains__(self, x):
        return x == "yes"

    def __call__(self, *a, **k):
        return ("called", a, k)


c = Cont()
print("yes" in c, "no" in c, "no" not in c, c(1, b=2))
