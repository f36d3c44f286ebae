# Unary operators and numeric conversions
class Signed:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"S({self.v})"
    def __neg__(self):
        return Signed(-self.v)
    def __pos__(self):
        return Signed(abs(self.v))
    def __abs__(self):
        return abs(self.v) * 100
    def __invert__(self):
        return Signed(~self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v) + 0.5
    def __index__(self):
        return int(self.v)
    def __round__(self, ndigits=None):
        return f"round({self.v}, {ndigits})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"

s = Signed(-7)
print(-s, +s, abs(s), ~s, -(-s), ~~s)
print(int(s), float(s))
print(round(s), round(s, 2))
import math
print(math.trunc(s), math.floor(s), math.ceil(s))
print(bin(Signed(5)), hex(Signed(255)), oct(Signed(8)))
print([10, 20, 30, 40][Signed(2)], "abcdef"[Signed(1):Signed(4)], list(range(Signed(3))))
print([f(Signed(3)) for f in (lambda x: -x, lambda x: +x, abs)])

class NoNeg:
    pass
for op, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs), ("int", int), ("float", float)]:
    try:
        f(NoNeg())
    except TypeError as e:
        print(op, "TypeError:", e)

class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print(-True, +False, ~True, abs(-2.5), -(3), ~0)
