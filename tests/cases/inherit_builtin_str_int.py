# Subclassing str, int, float, tuple
class Name(str):
    def initials(self):
        return "".join(part[0].upper() for part in self.split())
    def shout(self):
        return Name(self.upper() + "!")

n = Name("ada lovelace")
print(n, repr(n), len(n), n.initials(), n.shout(), type(n.shout()).__name__)
print(type(n.upper()).__name__, n == "ada lovelace", n + "x", type(n + "x").__name__)
print(isinstance(n, str), n[0], n.title(), sorted([Name("b"), Name("a")]))
print({n: 1}["ada lovelace"])

class Color(int):
    names = {0: "black", 1: "red", 2: "green"}
    def __repr__(self):
        return f"Color.{self.names.get(int(self), '?')}"
    def __str__(self):
        return self.names.get(int(self), "?")

r, g = Color(1), Color(2)
print(r, g, repr(r), [r, g], r + g, type(r + g).__name__, r < g, r == 1)
print(int(g) * 10, f"{g:03d}", f"{g}", str(g), hex(g), Color(0) or "falsy")

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(36.6)
print(c, round(c.to_f(), 2), type(c.to_f()).__name__, c > 30)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, "x")
print(p, p.first, p.swap(), len(p), p == (1, "x"), type(p.swap()).__name__)
a, b = p
print(a, b, list(p), p + (3,))

class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)
print([Even(x) for x in (0, 2, 10)])
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)
