# Classes whose __iter__ is a generator; multiple independent iterations
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def rows_iter(self):
        yield from (list(r) for r in self.rows)
    def columns(self):
        for c in range(len(self.rows[0])):
            yield [row[c] for row in self.rows]
    def diagonal(self):
        i = 0
        while i < min(len(self.rows), len(self.rows[0])):
            yield self.rows[i][i]
            i += 1

m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(list(m), sum(m), max(m), 5 in m, 10 in m)
print(list(m.columns()), list(m.diagonal()))
it1, it2 = iter(m), iter(m)
print(next(it1), next(it1), next(it2), next(it1))

class LinkedList:
    class Node:
        def __init__(self, value, next=None):
            self.value = value
            self.next = next
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = LinkedList.Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
    def pairs(self):
        prev = None
        for v in self:
            if prev is not None:
                yield prev, v
            prev = v

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), list(ll.pairs()), sorted(ll), LinkedList())
print([a < b for a, b in ll.pairs()])

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(4)
print(list(c), list(reversed(c)), [x * y for x in c for y in c if x > y][:5])
for x, y in zip(c, reversed(c)):
    print(x, y, end=" | ")
print()
