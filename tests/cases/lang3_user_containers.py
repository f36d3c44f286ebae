# User container classes: tree iteration, linked list, stack truthiness, vector protocol
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def __repr__(self):
        return f"Node({self.val!r}, {self.children!r})" if self.children else f"Node({self.val!r})"
t = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(t), t)
class LinkedList:
    class _Node:
        __slots__ = ("v", "next")
        def __init__(self, v, nxt=None):
            self.v, self.next = v, nxt
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.head = self._Node(x, self.head)
            self._len += 1
    def __len__(self): return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.next
    def __getitem__(self, i):
        if i < 0: i += len(self)
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("LinkedList index out of range")
    def __eq__(self, o):
        return list(self) == list(o)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], ll == LinkedList([1, 2, 3]), 2 in ll)
try: ll[5]
except IndexError as e: print(e)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def __bool__(self): return bool(self._items)
s = Stack()
s.push(1)
while s: print("popped", s.pop())
try: s.pop()
except IndexError as e: print("IndexError:", e)
class Vector:
    def __init__(self, *c): self.c = c
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __add__(self, o): return Vector(*(a + b for a, b in zip(self, o)))
    def __mul__(self, k): return Vector(*(a * k for a in self))
    def __rmul__(self, k): return self * k
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __abs__(self): return sum(a * a for a in self) ** 0.5
    def __repr__(self): return f"Vector{self.c}"
    def __hash__(self): return hash(self.c)
    def __neg__(self): return self * -1
    def __bool__(self): return any(self.c)
v = Vector(3, 4)
print(v + v, 2 * v, v * 2, abs(v), -v, bool(Vector(0, 0)), v == Vector(3, 4), {v, Vector(3, 4)})
print(sorted([Vector(2), Vector(1)], key=abs), max(Vector(1, 1), Vector(2, 2), key=abs))
print(list(v), tuple(v), v[0], v[-1], v[1:])
