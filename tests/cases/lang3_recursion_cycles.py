# Recursion limits in methods, __repr__ and __getattr__; self-referencing containers
import sys
class Node:
    def __init__(self, n): self.n = n
    def depth(self): return 1 + (Node(self.n - 1).depth() if self.n else 0)
print(Node(100).depth())
def inf(n): return inf(n + 1)
try: inf(0)
except RecursionError as e: print("RecursionError:", e)
class R:
    def __repr__(self): return repr(self)
try: repr(R())
except RecursionError as e: print("RecursionError in repr")
class G:
    def __getattr__(self, n): return self.missing
try: G().x
except RecursionError as e: print("RecursionError in getattr:", str(e)[:40])
sys.setrecursionlimit(5000)
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
print(deep(3000))
l = []; l.append(l); print(l)
d = {}; d["self"] = d; print(d)
class Cyc:
    def __init__(self): self.me = self
    def __repr__(self): return "Cyc"
print([Cyc()])
