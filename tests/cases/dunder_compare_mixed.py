# Comparisons between user objects and builtins; == fallback; chained
class Score:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Score({self.v})"
    def _val(self, other):
        return other.v if isinstance(other, Score) else other
    def __eq__(self, other):
        return self.v == self._val(other)
    def __lt__(self, other):
        return self.v < self._val(other)
    def __le__(self, other):
        return self.v <= self._val(other)
    def __gt__(self, other):
        return self.v > self._val(other)
    def __ge__(self, other):
        return self.v >= self._val(other)
    def __hash__(self):
        return hash(self.v)

s = [Score(3), Score(1), Score(2)]
print(sorted(s), sorted(s, reverse=True))
print(Score(2) == 2, 2 == Score(2), Score(2) < 3, 3 > Score(2), 1 <= Score(1), Score(1) >= 1.0)
print(0 < Score(1) < 2 < Score(3), Score(5) > 4 > Score(3))
print(max(s), min(s), Score(2) in s, 2 in s, s.index(2))
print(sorted([5, Score(3), 1, Score(4)]))
print({Score(1): "a"}.get(1), {1: "int key"}.get(Score(1)))
print([x for x in s if x > 1])
print(Score(1) == "1", None == Score(1), Score(1) != None)

# builtins: equality across types is False, ordering across types raises
print(1 == 1.0, 1 == "1", [1] == (1,), {1: 2} == {1: 2.0}, None == 0, True == 1)
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ({}, {}), ("a", 1.5)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", [Score(1)] < [Score(2)])
print((1, Score(2)) == (1, 2), [Score(1), Score(2)] == [1, 2])
