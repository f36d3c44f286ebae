# Stack, linked list, BST, matrix, game of life and table printing.
import sys
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __repr__(self): return f"Stack({self._items})"
    def __iter__(self): return reversed(self._items)
s = Stack()
for i in range(3): s.push(i)
print(s, len(s), bool(s), list(s), s.pop(), s)
while s: s.pop()
try: s.pop()
except IndexError as e: print(e)
class LinkedList:
    class Node:
        __slots__ = "val", "next"
        def __init__(self, val, next=None):
            self.val, self.next = val, next
    def __init__(self, it=()):
        self.head = None
        for x in reversed(list(it)): self.head = self.Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __str__(self): return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 4])
print(ll); ll.reverse(); print(ll, LinkedList())
class BST:
    def __init__(self): self.root = None
    def insert(self, k):
        def ins(n):
            if n is None: return [k, None, None]
            if k < n[0]: n[1] = ins(n[1])
            elif k > n[0]: n[2] = ins(n[2])
            return n
        self.root = ins(self.root)
    def inorder(self):
        out = []
        def go(n):
            if n: go(n[1]); out.append(n[0]); go(n[2])
        go(self.root); return out
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]: t.insert(k)
print(t.inorder(), t.height())
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return "\n".join(" ".join(f"{v:4}" for v in r) for r in self.rows)
    def T(self): return Matrix(zip(*self.rows))
m = Matrix([[1, 2], [3, 4]])
print(m @ m); print(m.T()); print(m @ Matrix([[1, 0], [0, 1]]) == m)
def life(cells, steps):
    for _ in range(steps):
        cnt = {}
        for (x, y) in cells:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy: cnt[(x + dx, y + dy)] = cnt.get((x + dx, y + dy), 0) + 1
        cells = {c for c, n in cnt.items() if n == 3 or (n == 2 and c in cells)}
    return sorted(cells)
print(life({(1, 0), (1, 1), (1, 2)}, 1), life({(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}, 4))
grid = [[0] * 3 for _ in range(3)]; grid[1][1] = 5; print(grid)
bad = [[0] * 3] * 3; bad[1][1] = 5; print(bad)
word_counts = {}
text = "It was the best of times, it was the worst of times."
for w in text.lower().replace(",", "").replace(".", "").split():
    word_counts[w] = word_counts.get(w, 0) + 1
for w, c in sorted(word_counts.items(), key=lambda x: (-x[1], x[0])): print(f"{w:<8}{c:>3}")
print(f"{'Name':<10}|{'Qty':>5}|{'Price':>8}")
for name, q, p in [("apple", 3, 1.5), ("kiwi", 12, 0.25)]: print(f"{name:<10}|{q:>5}|{p:>8.2f}")
print("=" * 25)
