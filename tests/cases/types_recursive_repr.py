# Reprs of self-referencing containers and nested structures.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(repr(a)))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = (a, d)
print(t)
l1 = []
l2 = [l1]
l1.append(l2)
print(l1, l2)
dd = {}
dd[1] = [dd]
print(dd)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return "Node(%r)" % (self.children,)
n = Node()
n.children.append(n)
print(n)
s = set()
print({1: s}, [s, frozenset([1])])
from collections import OrderedDict
print([[[]]], [(), [()]], {1: {2: {3: {}}}}, [{}], ({},))
x = [1]
y = [x, x]
print(y, y[0] is y[1])
k = {"a": [1]}
k["b"] = k["a"]
print(k)
v = {1: 2}
print(v.keys(), v.values(), v.items())
ww = {}
ww["v"] = ww.values()
print(ww)
