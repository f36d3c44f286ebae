import math


class Money:
    def __init__(self, cents, cur="USD"):
        self.cents = int(cents)
        self.cur = cur

    @classmethod
    def of(cls, amount, cur="USD"):
        return cls(round(amount * 100), cur)

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.cur != self.cur:
            raise ValueError(f"currency mismatch {self.cur}/{other.cur}")
        return None

    def __add__(self, other):
        if other == 0:
            return self
        r = self._check(other)
        if r is NotImplemented:
            return r
        return Money(self.cents + other.cents, self.cur)

    __radd__ = __add__

    def __sub__(self, other):
        self._check(other)
        return Money(self.cents - other.cents, self.cur)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.cur)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, n):
        q, r = divmod(self.cents, n)
        return [Money(q + (1 if i < r else 0), self.cur) for i in range(n)]

    def __neg__(self):
        return Money(-self.cents, self.cur)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.cur) == (other.cents, other.cur)
        return NotImplemented

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __format__(self, spec):
        val = self.cents / 100
        return f"{self.cur} {val:{spec or ',.2f'}}"

    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"

    def __str__(self):
        return format(self)


a = Money.of(10.5)
b = Money.of(3.25)
print(a + b, a - b, a * 3, 2 * b, -a, bool(Money(0)))
print(sum([a, b, Money(1)]), a / 3, sorted([a, b, Money(5)]))
print(f"{a:>10.1f}", f"{Money(123456789):}", repr(b), str(b))
print(a == Money(1050), a != b, a == 10.5, {a, Money(1050)})
try:
    a + Money(1, "EUR")
except ValueError as e:
    print(e)
try:
    a * "x"
except TypeError as e:
    print(e)


class Vec:
    def __init__(self, *c):
        self.c = c

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.c[i])
        return self.c[i]

    def __abs__(self):
        return math.hypot(*self.c)

    def __matmul__(self, o):
        return sum(x * y for x, y in zip(self.c, o.c))

    def __contains__(self, x):
        return x in self.c

    def __repr__(self):
        return f"Vec{self.c}"

    def __iadd__(self, o):
        self.c = tuple(x + y for x, y in zip(self.c, o.c))
        return self


v = Vec(3, 4, 12)
print(abs(v), v @ v, v[1:], v[-1], 4 in v, len(v), list(v))
v += Vec(1, 1, 1)
print(v, v[::-1])
