import copy


class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []

    def __repr__(self):
        return f"Node({self.val}, {self.children})"


class Config:
    def __init__(self):
        self.opts = {"debug": False, "paths": ["/a"]}
        self.version = 1

    def __copy__(self):
        print("custom copy")
        new = Config.__new__(Config)
        new.__dict__.update(self.__dict__)
        return new

    def __deepcopy__(self, memo):
        print("custom deepcopy")
        new = Config.__new__(Config)
        new.opts = copy.deepcopy(self.opts, memo)
        new.version = self.version + 1
        return new


tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[1].children.append(Node(5))
print(shallow)
print(deep)
print(shallow.children is tree.children, deep.children is tree.children)
c = Config()
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c.opts["paths"].append("/b")
print(c2.opts, c3.opts, c3.version)
lst = [[1, 2], [3, 4]]
shared = [lst, lst]
d = copy.deepcopy(shared)
print(d[0] is d[1], d[0] is lst, d)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc, cc)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t)
d1 = {"a": [1], "b": {"c": 2}}
d2 = d1.copy()
d3 = copy.deepcopy(d1)
d1["a"].append(9)
d1["b"]["c"] = 3
print(d2, d3)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
import dataclasses


@dataclasses.dataclass
class P:
    xs: list


p = P([1])
q = copy.deepcopy(p)
q.xs.append(2)
print(p, q, copy.replace(p, xs=[0]) if hasattr(copy, "replace") else dataclasses.replace(p, xs=[0]))
