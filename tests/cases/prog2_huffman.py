# Huffman coding with node classes and a hand-written priority queue; encode, decode, statistics
class Node:
    def __init__(self, weight, symbol=None, left=None, right=None, order=0):
        self.weight, self.symbol, self.left, self.right = weight, symbol, left, right
        self.order = order           # tie-breaker so the tree is deterministic
    def is_leaf(self):
        return self.symbol is not None
    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)

class Queue:
    def __init__(self):
        self.items = []
    def push(self, node):
        self.items.append(node)
        i = len(self.items) - 1
        while i and self.items[i] < self.items[(i - 1) // 2]:
            p = (i - 1) // 2
            self.items[i], self.items[p] = self.items[p], self.items[i]
            i = p
    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        top = items.pop()
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(items):
                break
            if c + 1 < len(items) and items[c + 1] < items[c]:
                c += 1
            if items[c] < items[i]:
                items[c], items[i] = items[i], items[c]
                i = c
            else:
                break
        return top
    def __len__(self):
        return len(self.items)

def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    q = Queue()
    order = 0
    for sym in sorted(freq):
        q.push(Node(freq[sym], sym, order=order))
        order += 1
    if len(q) == 1:
        only = q.pop()
        return Node(only.weight, left=only, order=order), freq
    while len(q) > 1:
        a, b = q.pop(), q.pop()
        q.push(Node(a.weight + b.weight, left=a, right=b, order=order))
        order += 1
    return q.pop(), freq

def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.is_leaf():
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        if node.right:
            codes(node.right, prefix + "1", table)
    return table

def encode(text, table):
    return "".join(table[ch] for ch in text)

def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = root
    return "".join(out)

for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog"]:
    root, freq = build_tree(text)
    table = codes(root)
    bits = encode(text, table)
    back = decode(bits, root)
    print(repr(text))
    print("  codes:", ", ".join(f"{s!r}:{c}" for s, c in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[1]))))
    print(f"  {len(text) * 8} bits -> {len(bits)} bits ({len(bits) / (len(text) * 8):.1%}), round trip ok: {back == text}")
    avg = sum(freq[s] * len(c) for s, c in table.items()) / len(text)
    print(f"  average code length {avg:.3f}, first bits {bits[:32]}")
