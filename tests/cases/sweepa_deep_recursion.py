# Deep recursion after sys.setrecursionlimit, long linked structures, recursive yield from.
import sys
sys.setrecursionlimit(20000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(15000))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(1000))))
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def length(self): return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for i in range(12000): n = Node(n)
print(n.length())
def gen(n):
    if n: yield from gen(n - 1)
    yield n
print(sum(gen(2000)))
