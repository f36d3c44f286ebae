# In-place operators: __iadd__ etc, fallback to binary operators
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __repr__(self):
        return f"Bag{self.items}"
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other))
    def __isub__(self, other):
        print("  __isub__")
        for x in other:
            if x in self.items:
                self.items.remove(x)
        return self
    def __imul__(self, n):
        print("  __imul__")
        self.items *= n
        return self

b = Bag([1, 2])
alias = b
b += [3]
print(b, alias, b is alias)
b = b + [4]
print(b, alias, b is alias)
b -= [1, 4, 99]
print(b)
b *= 2
print(b)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("  OnlyAdd.__add__")
        return OnlyAdd(self.v + other)
o = OnlyAdd(1)
keep = o
o += 5
print(o.v, keep.v, o is keep)

class ReturnsOther:
    def __iadd__(self, other):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)

class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
    def __ifloordiv__(self, k):
        self.n //= k
        return self
    def __imod__(self, k):
        self.n %= k
        return self
    def __ipow__(self, k):
        self.n **= k
        return self
    def __ilshift__(self, k):
        self.n <<= k
        return self
    def __ior__(self, k):
        self.n |= k
        return self
    def __iand__(self, k):
        self.n &= k
        return self
    def __ixor__(self, k):
        self.n ^= k
        return self
    def __itruediv__(self, k):
        self.n /= k
        return self
    def __irshift__(self, k):
        self.n >>= k
        return self
    def __isub__(self, k):
        self.n -= k
        return self
c = Counter()
c += 10; print(c.n)
c **= 2; print(c.n)
c //= 3; print(c.n)
c %= 7; print(c.n)
c <<= 4; print(c.n)
c |= 3; print(c.n)
c &= 0b1010; print(c.n)
c ^= 0xff; print(c.n)
c >>= 2; print(c.n)
c -= 1; print(c.n)
c /= 4; print(c.n)

# lists: += mutates, + creates
lst = [1]
other = lst
lst += [2]
print(lst, other)
lst = lst + [3]
print(lst, other)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
holder = ([1],)
try:
    holder[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(holder)
