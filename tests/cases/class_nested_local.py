# Classes defined inside functions and classes; methods closing over locals
def make_class(prefix, step):
    class Gen:
        count = 0
        def __init__(self):
            Gen.count += 1
            self.n = Gen.count * step
        def label(self):
            return f"{prefix}-{self.n}"
    return Gen

A = make_class("a", 1)
B = make_class("b", 10)
xs = [A(), A(), B(), A(), B()]
print([x.label() for x in xs])
print(A.count, B.count, A is B, A.__name__ == B.__name__)

class Outer:
    value = "outer-class-attr"
    class Inner:
        value = "inner-class-attr"
        def get(self):
            return self.value
    def make_inner(self):
        return Outer.Inner()

o = Outer()
print(o.make_inner().get(), Outer.Inner().value, o.value)
print(Outer.Inner.__qualname__, Outer.make_inner.__qualname__)

def counter_factory():
    total = 0
    class Acc:
        def add(self, n):
            nonlocal total
            total += n
            return total
    return Acc, lambda: total

Acc, peek = counter_factory()
a1, a2 = Acc(), Acc()
print(a1.add(5), a2.add(7), a1.add(1), peek())

class Tree:
    class Node:
        def __init__(self, val, children=()):
            self.val = val
            self.children = list(children)
        def total(self):
            return self.val + sum(c.total() for c in self.children)
        def depth(self):
            return 1 + max((c.depth() for c in self.children), default=0)
    def __init__(self, root):
        self.root = root

N = Tree.Node
t = Tree(N(1, [N(2, [N(4), N(5, [N(8)])]), N(3, [N(6), N(7)])]))
print(t.root.total(), t.root.depth())
def show(node, indent=0):
    print("  " * indent + str(node.val))
    for c in node.children:
        show(c, indent + 1)
show(t.root)
