# __eq__ and __ne__: defaults, derived __ne__, NotImplemented fallbacks
class Cents:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"    Cents.__eq__({self.v}, {other!r})")
        if isinstance(other, Cents):
            return self.v == other.v
        if isinstance(other, int):
            return self.v == other
        return NotImplemented
    def __repr__(self):
        return f"Cents({self.v})"

a, b = Cents(5), Cents(5)
print("a == b:", a == b)
print("a != b:", a != b)
print("a == 5:", a == 5)
print("5 == a:", 5 == a)
print("a == 'x':", a == "x")
print("'x' != a:", "x" != a)

class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return "custom ne"
x = AlwaysEqual()
print(x == 1, x == None, None == x, x != 3, 3 != x)
print([1, 2, 3].count(x), x in [1], [x] == [99])

class Weird:
    def __eq__(self, other):
        return "truthy string"
w = Weird()
print(w == 1, w != 1, bool(w == 0))
print(w in [0], [w] == [0])

class Left:
    def __eq__(self, other):
        print("    Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, other):
        print("    Right.__eq__")
        return NotImplemented
l, r = Left(), Right()
print("l == r:", l == r)
print("l != r:", l != r)
print("l == l:", l == l)

class Sub(Cents):
    def __eq__(self, other):
        print(f"    Sub.__eq__({self.v}, {other!r})")
        return isinstance(other, Cents) and self.v == other.v
print("Cents(1) == Sub(1):", Cents(1) == Sub(1))
print("Sub(1) == Cents(1):", Sub(1) == Cents(1))
