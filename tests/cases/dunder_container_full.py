# A sorted-list container implementing many protocols
class SortedList:
    def __init__(self, items=()):
        self._data = []
        for x in items:
            self.add(x)
    def _find(self, x):
        lo, hi = 0, len(self._data)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._data[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo
    def add(self, x):
        self._data.insert(self._find(x), x)
        return self
    def remove(self, x):
        i = self._find(x)
        if i == len(self._data) or self._data[i] != x:
            raise ValueError(f"{x!r} not in list")
        del self._data[i]
    def __len__(self):
        return len(self._data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return SortedList(self._data[i])
        return self._data[i]
    def __delitem__(self, i):
        del self._data[i]
    def __contains__(self, x):
        i = self._find(x)
        return i < len(self._data) and self._data[i] == x
    def __iter__(self):
        return iter(self._data)
    def __reversed__(self):
        return reversed(self._data)
    def __eq__(self, other):
        return isinstance(other, SortedList) and self._data == other._data
    def __add__(self, other):
        return SortedList(self._data + list(other))
    def __iadd__(self, other):
        for x in other:
            self.add(x)
        return self
    def __repr__(self):
        return f"SortedList({self._data})"
    def __bool__(self):
        return bool(self._data)
    def count(self, x):
        return sum(1 for y in self if y == x)
    def index(self, x):
        if x not in self:
            raise ValueError(f"{x!r} not in list")
        return self._find(x)

s = SortedList([5, 1, 4, 1, 9, 2, 6])
print(s, len(s), s[0], s[-1], s[2:5], list(reversed(s)))
print(4 in s, 3 in s, s.count(1), s.index(4))
s.add(3).add(7)
s.remove(1)
print(s)
try:
    s.remove(100)
except ValueError as e:
    print("ValueError:", e)
del s[0]
print(s, bool(s), bool(SortedList()))
s += [0, 10, 5]
print(s, s + [8], s == SortedList(s), s == list(s))
print(sum(s), max(s), min(s), sorted(s, reverse=True)[:3])
words = SortedList("the quick brown fox jumps over the lazy dog".split())
print(words, words.count("the"), "fox" in words, words[::3])
print([w for w in words if len(w) > 4], " ".join(words[:3]))
