# A trie with counts: insert, delete, prefix search, autocomplete ranking, iteration
class TrieNode:
    __slots__ = ("children", "count")
    def __init__(self):
        self.children = {}
        self.count = 0          # how many times the word ending here was inserted

class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if node.count == 0:
            self.size += 1
        node.count += 1
    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        node = self._walk(word)
        return node is not None and node.count > 0
    def __len__(self):
        return self.size
    def count(self, word):
        node = self._walk(word)
        return node.count if node else 0
    def _collect(self, node, prefix):
        if node.count:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._collect(node.children[ch], prefix + ch)
    def __iter__(self):
        return (w for w, _ in self._collect(self.root, ""))
    def starting_with(self, prefix):
        node = self._walk(prefix)
        return [] if node is None else [w for w, _ in self._collect(node, prefix)]
    def autocomplete(self, prefix, n=3):
        node = self._walk(prefix)
        if node is None:
            return []
        ranked = sorted(self._collect(node, prefix), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in ranked[:n]]
    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if path[-1].count == 0:
            raise KeyError(word)
        path[-1].count = 0
        self.size -= 1
        for i in range(len(word), 0, -1):     # prune empty branches
            node = path[i]
            if node.count or node.children:
                break
            del path[i - 1].children[word[i - 1]]
    def longest_common_prefix(self):
        node, prefix = self.root, ""
        while len(node.children) == 1 and not node.count:
            ch, node = next(iter(node.children.items()))
            prefix += ch
        return prefix
    def node_count(self):
        def count(n):
            return 1 + sum(count(c) for c in n.children.values())
        return count(self.root)

text = """the then there these this that than thanks thank thanked theme them their
they tea team tear teal ten tent tense the the there then then then tea"""
t = Trie(text.split())
print(len(t), t.node_count())
print(list(t))
print(t.starting_with("tea"), t.starting_with("thanx"))
for prefix in ["th", "the", "tea", "z", ""]:
    print(f"{prefix!r:6} ->", t.autocomplete(prefix))
print("the" in t, "th" in t, t.count("then"), t.count("nope"))
for w in ["then", "thank", "th", "tense"]:
    try:
        t.delete(w)
        print("deleted", w, len(t), t.node_count())
    except KeyError as e:
        print("KeyError:", e)
print(t.starting_with("than"), t.starting_with("ten"))
print(repr(Trie(["interview", "internet", "internal", "interval"]).longest_common_prefix()))
print(repr(Trie(["flower", "flow", "flight"]).longest_common_prefix()), repr(Trie().longest_common_prefix()))
