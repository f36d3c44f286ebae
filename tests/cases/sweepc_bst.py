class Node:
    __slots__ = ("key", "val", "left", "right")

    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, val=None):
        def _ins(n):
            if n is None:
                self.size += 1
                return Node(key, val)
            if key < n.key:
                n.left = _ins(n.left)
            elif key > n.key:
                n.right = _ins(n.right)
            else:
                n.val = val
            return n
        self.root = _ins(self.root)

    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False

    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right

    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def __len__(self):
        return self.size


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
t.insert(40, "forty")
print(list(t), len(t), t.height(), 35 in t, 36 in t)
print(t.levels())
print(sum(t), max(t), sorted(t, reverse=True)[:3], [k for k in t if k % 20 == 0])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(" ".join(words), len(words))
