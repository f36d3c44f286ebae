# Recursive generators over trees: traversals and path enumeration
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.value
        yield from inorder(n.right)

def preorder(n):
    if n:
        yield n.value
        yield from preorder(n.left)
        yield from preorder(n.right)

def postorder(n):
    if n:
        yield from postorder(n.left)
        yield from postorder(n.right)
        yield n.value

def levels(root):
    frontier = [root] if root else []
    while frontier:
        yield [n.value for n in frontier]
        frontier = [c for n in frontier for c in (n.left, n.right) if c]

def paths(n, prefix=()):
    if n is None:
        return
    path = prefix + (n.value,)
    if not n.left and not n.right:
        yield path
    yield from paths(n.left, path)
    yield from paths(n.right, path)

def insert(root, v):
    if root is None:
        return Node(v)
    if v < root.value:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)
print("in  ", list(inorder(root)))
print("pre ", list(preorder(root)))
print("post", list(postorder(root)))
print("levels", list(levels(root)))
for p in paths(root):
    print(" -> ".join(map(str, p)), "sum", sum(p))

def walk_dict(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from walk_dict(v, key)
        else:
            yield key, v
config = {"db": {"host": "x", "port": 5432, "opts": {"ssl": True}}, "debug": False, "name": "app"}
for k, v in walk_dict(config):
    print(f"{k} = {v!r}")

def subsets(items):
    if not items:
        yield []
        return
    for rest in subsets(items[1:]):
        yield rest
        yield [items[0]] + rest
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
