# Metaclass __init__ recording the class hierarchy, printed as a tree
class TreeMeta(type):
    children = {}
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        TreeMeta.children.setdefault(cls, [])
        for b in bases:
            if isinstance(b, TreeMeta):
                TreeMeta.children[b].append(cls)
        cls.depth = 0 if not bases else 1 + max(getattr(b, "depth", -1) for b in bases)

class Node(metaclass=TreeMeta): pass
class Expr(Node): pass
class Stmt(Node): pass
class BinOp(Expr): pass
class Add(BinOp): pass
class Mul(BinOp): pass
class Name(Expr): pass
class Assign(Stmt): pass
class If(Stmt): pass
class ExprStmt(Stmt, Expr): pass

def show(cls, indent=0):
    print("  " * indent + f"{cls.__name__} (depth {cls.depth})")
    for child in TreeMeta.children[cls]:
        show(child, indent + 1)

show(Node)
print(len(TreeMeta.children))
leaves = sorted(c.__name__ for c, kids in TreeMeta.children.items() if not kids)
print("leaves:", leaves)
print([k.__name__ for k in ExprStmt.__mro__])
def count_subclasses(cls):
    seen = set()
    stack = [cls]
    while stack:
        c = stack.pop()
        for k in TreeMeta.children[c]:
            if k not in seen:
                seen.add(k)
                stack.append(k)
    return len(seen)
for c in (Node, Expr, Stmt, BinOp, Add):
    print(c.__name__, count_subclasses(c))
