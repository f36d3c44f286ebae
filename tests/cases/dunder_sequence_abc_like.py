# Implementing only __len__ and __getitem__ gives iteration, `in`, reversed(), and mixin-style helpers
class SequenceMixin:
    def __iter__(self):
        i = 0
        while i < len(self):
            yield self[i]
            i += 1
    def __contains__(self, value):
        return any(v == value for v in self)
    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]
    def index(self, value):
        for i, v in enumerate(self):
            if v == value:
                return i
        raise ValueError(f"{value!r} is not in sequence")
    def count(self, value):
        return sum(1 for v in self if v == value)

class Squares(SequenceMixin):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i

class Word(SequenceMixin):
    def __init__(self, text):
        self.text = text
    def __len__(self):
        return len(self.text)
    def __getitem__(self, i):
        return self.text[i]

sq = Squares(8)
print(list(sq), sq[3], sq[-1], sq[2:6], sq[::-3])
print(49 in sq, 50 in sq, list(reversed(sq)), sq.index(25), sq.count(16))
print(sum(sq), max(sq), sorted(sq, reverse=True)[:3], dict(enumerate(sq))[5])
try:
    sq.index(3)
except ValueError as e:
    print("ValueError:", e)
w = Word("banana")
print(list(w), w.count("a"), w.index("n"), "".join(reversed(w)), "z" in w)
a, b, *rest = w
print(a, b, rest, len(w), min(w), sorted(set(w)))
