# Subclassing list
class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for it in items:
            self.append(it)
    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)
    def total(self):
        return sum(self)

t = TypedList(int, [1, 2, 3])
t.append(10)
print(t, len(t), t.total(), t[1], t[-1], t[1:3], type(t[1:3]).__name__)
try:
    t.append("x")
except TypeError as e:
    print("TypeError:", e)
t.extend([7, "not checked by extend"])
print(t, isinstance(t, list), type(t).__name__)
print(t == [1, 2, 3, 10, 7, "not checked by extend"])
t.pop()
t.sort(reverse=True)
print(t, t.kind.__name__)
print(type(t + [1]).__name__, type(t * 2).__name__)

class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack" + super().__repr__()

s = Stack()
s.push(1)
s.push(2)
s.push(3)
print(s, s.peek(), s.pop(), s, len(s), bool(s), bool(Stack()))
print(str(s), [x * 2 for x in s], list(reversed(s)), 2 in s)

class Chunky(list):
    def chunks(self, n):
        return [self[i:i + n] for i in range(0, len(self), n)]
    def __getitem__(self, i):
        if isinstance(i, int) and i >= len(self):
            return None
        return super().__getitem__(i)

c = Chunky(range(7))
print(c.chunks(3), c[3], c[100], c[-1], c[2:4])
print(sorted(Chunky([3, 1, 2])), max(Chunky([4, 9, 2])))
