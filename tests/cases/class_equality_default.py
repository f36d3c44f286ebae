# Default equality is identity; `in`, list.index, count, remove on objects
class Plain:
    def __init__(self, v):
        self.v = v

a = Plain(1)
b = Plain(1)
c = a
print(a == b, a == c, a != b, a is c, a is not b)
items = [a, b]
print(a in items, Plain(1) in items, items.index(b), items.count(a))
items.remove(a)
print(len(items), items[0] is b)
d = {a: "a", b: "b"}
print(d[a], d[b], len(d))
s = {a, b, c}
print(len(s))
print(hash(a) == hash(c))

class Valued:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  eq({self.v}, {getattr(other, 'v', other)})")
        if isinstance(other, Valued):
            return self.v == other.v
        return NotImplemented
    def __repr__(self):
        return f"V{self.v}"

x, y = Valued(1), Valued(1)
print(x == y, x != y)
vals = [Valued(3), Valued(1), Valued(2)]
print(Valued(2) in vals)
print(vals.index(Valued(1)))
print(vals.count(Valued(3)))
print(x == 1, 1 == x)
print(x in [x])
print([1, 2] == [1, 2], [x] == [y])
