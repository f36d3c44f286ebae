import sys
def gen(n):
    if n:
        yield from gen(n - 1)
    else:
        yield "bottom"
try:
    print(list(gen(500)))
    print(list(gen(20000)))
except RecursionError as e:
    print("gen", e)
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def __eq__(self, o): return isinstance(o, Node) and self.nxt == o.nxt
    def __repr__(self): return f"Node({self.nxt!r})"
    def __hash__(self): return hash(self.nxt)
a = b = None
for i in range(5000):
    a, b = Node(a), Node(b)
try:
    print(a == b)
except RecursionError as e:
    print("eq", e)
try:
    repr(a)
except RecursionError as e:
    print("repr RecursionError")
class G:
    def __getattr__(self, n):
        return getattr(self, n + "x")
try:
    G().a
except RecursionError as e:
    print("getattr", e)
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual", e)
sys.setrecursionlimit(20000)
def d(n): return 0 if n == 0 else 1 + d(n - 1)
try:
    print(d(50000))
except RecursionError as e:
    print("deep", e)
f = lambda n: n if n == 0 else f(n - 1)
try:
    print(f(60000))
except RecursionError as e:
    print("lambda", e)
print(sorted([[3, [1]], [3, [0]], [1]]))
