# `in` operator: __contains__, then __iter__, then __getitem__
class WithContains:
    def __contains__(self, item):
        print(f"  __contains__({item!r})")
        return isinstance(item, int) and item % 2 == 0

class WithIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("  __iter__")
        return iter(self.items)

class WithGetitem:
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        if i >= 4:
            raise IndexError
        return i * 10

print(4 in WithContains(), 3 in WithContains(), "x" not in WithContains())
print(2 in WithIter([1, 2, 3]), 9 in WithIter([1, 2, 3]))
print(20 in WithGetitem())
print(25 in WithGetitem())

class Weird:
    def __contains__(self, item):
        return "yes"   # result converted to bool
print(1 in Weird(), 1 not in Weird())

class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)

class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
    def __repr__(self):
        return f"[{self.lo}, {self.hi})"
ranges = [Interval(0, 10), Interval(5, 15), Interval(-5, 0)]
for x in [-3, 0, 5, 10, 14.5, 20]:
    print(x, [r for r in ranges if x in r])

class EqLogger:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  eq({self.v}, {other})")
        return self.v == other
print(3 in [EqLogger(1), EqLogger(3), EqLogger(5)])
print(EqLogger(2) in [1, 2, 3])
print(3 in (EqLogger(3),), 3 in {9: EqLogger(9)}, EqLogger(4) in {4: "four"}.values())
