# pyaot: full-stderr
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def next(self):
        return self.nxt

n = Node(Node(None))
print(n.next().next())
n.next().next().next()
