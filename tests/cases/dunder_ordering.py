# Rich comparisons, reflection and NotImplemented
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "Ver" + ".".join(map(str, self.parts))
    def __lt__(self, other):
        print(f"  {self!r}.__lt__({other!r})")
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        print(f"  {self!r}.__le__({other!r})")
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts <= other.parts
    def __eq__(self, other):
        return isinstance(other, Ver) and self.parts == other.parts
    __hash__ = None

a, b = Ver(1, 2), Ver(1, 10)
print("a < b", a < b)
print("a > b", a > b)      # reflected: b.__lt__(a)
print("a <= b", a <= b)
print("a >= b", a >= b)    # reflected: b.__le__(a)
try:
    print(a < 3)
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 > a)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a >= "s")
except TypeError as e:
    print("TypeError:", e)

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __lt__(self, other):
        o = other.v if isinstance(other, Num) else other
        return self.v < o
    def __gt__(self, other):
        o = other.v if isinstance(other, Num) else other
        return self.v > o

print(Num(1) < 2, 2 > Num(1), 0 < Num(1), Num(5) > 3, 3 < Num(5))
print(sorted([Num(3), Num(1), Num(2)]))
print(max(Num(4), Num(9), Num(2)), min([Num(4), Num(9), Num(2)]))
print(1 < Num(2) < 3, Num(2) < 1)
try:
    Num(1) <= Num(2)
except TypeError as e:
    print("TypeError:", e)

class SubVer(Ver):
    def __gt__(self, other):
        print(f"  SubVer.__gt__")
        return True
print("Ver < SubVer:", Ver(9) < SubVer(1))  # subclass reflected method tried first
