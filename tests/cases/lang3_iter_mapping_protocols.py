# Iteration protocols: iter(callable, sentinel), user iterators with builtins, mappings with keys()/__getitem__ in dict() and ** unpacking, sequence protocol
import sys
class Reader:
    def __init__(self, lines): self.lines = list(lines)
    def readline(self): return self.lines.pop(0) if self.lines else ""
r = Reader(["a\n", "b\n"])
print(list(iter(r.readline, "")))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
    def __length_hint__(self): return self.n
c = Countdown(3)
print(next(c), list(c), next(c, "empty"))
print(list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2), start=1)))
print(sorted(Countdown(4)), sum(Countdown(4)), list(map(lambda x: x * 2, Countdown(3))))
print(list(filter(None, [0, 1, "", "a", None, []])), list(reversed(range(3))))
it = iter([1, 2, 3, 4, 5])
print(next(it), [x for x in it if x % 2], list(it))
class Pairs:
    def __init__(self, d): self.d = d
    def keys(self): return sorted(self.d)
    def __getitem__(self, k): return self.d[k] * 10
print(dict(Pairs({"b": 1, "a": 2})), {**Pairs({"x": 1})})
def f(**kw): return kw
print(f(**Pairs({"k": 3})))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
print(list(reversed(Seq())), tuple(Seq()), [*Seq(), *"ab"], max(Seq()))
x = [1, 2]
x[len(x):] = Countdown(2)
print(x)
a, b, *c = Countdown(5)
print(a, b, c)
print(list(iter(Seq())), 4 in Seq(), sys.getrecursionlimit() > 100)
