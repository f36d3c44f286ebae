# A binary search tree map with deletion, generators for iteration and range queries
class _Node:
    __slots__ = ("key", "value", "left", "right")
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None

class TreeMap:
    def __init__(self):
        self.root = None
        self.size = 0
    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self.size += 1
                return _Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)
    def _find(self, key):
        node = self.root
        while node and node.key != key:
            node = node.left if key < node.key else node.right
        return node
    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value
    def get(self, key, default=None):
        node = self._find(key)
        return default if node is None else node.value
    def __contains__(self, key):
        return self._find(key) is not None
    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.size -= 1
    def __len__(self):
        return self.size
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def items(self):
        return ((k, self[k]) for k in self)
    def range(self, lo, hi):
        def walk(n):
            if n is None:
                return
            if lo < n.key:
                yield from walk(n.left)
            if lo <= n.key <= hi:
                yield n.key, n.value
            if n.key < hi:
                yield from walk(n.right)
        return list(walk(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def min(self):
        n = self.root
        while n.left:
            n = n.left
        return n.key
    def max(self):
        n = self.root
        while n.right:
            n = n.right
        return n.key
    def __repr__(self):
        return "TreeMap({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"

t = TreeMap()
for word in "the quick brown fox jumps over the lazy dog and the quick cat".split():
    t[word] = t.get(word, 0) + 1
print(t)
print(len(t), t.height(), t.min(), t.max(), "fox" in t, "cow" in t, t["the"])
print(t.range("c", "l"))
for k in ["the", "quick", "brown", "zzz"]:
    try:
        del t[k]
        print("deleted", k, "->", list(t))
    except KeyError as e:
        print("KeyError:", e)
print(len(t), t.height())
nums = TreeMap()
seq = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10]
for n in seq:
    nums[n] = n * n
print(list(nums), nums.height(), nums.range(33, 62))
for n in [30, 50, 10]:
    del nums[n]
print(list(nums), nums.height(), len(nums), nums.min(), nums.max())
balanced = TreeMap()
def build(lo, hi):
    if lo > hi:
        return
    mid = (lo + hi) // 2
    balanced[mid] = str(mid)
    build(lo, mid - 1)
    build(mid + 1, hi)
build(1, 31)
print(len(balanced), balanced.height(), sum(balanced), list(balanced.items())[:3])
