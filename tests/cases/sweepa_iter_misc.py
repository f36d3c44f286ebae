# Iterator protocol corner cases and itertools.
import sys
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
a, b, c = It()
print(a, b, c)
print(dict(zip(It(), "abc")), list(enumerate(It())), sorted(It(), reverse=True), set(It()))
print(*It())
x, *y = It(); print(x, y)
print(sum(It()), min(It()), "-".join(map(str, It())), tuple(It()), any(It()), list(map(lambda v: v, It())))
class GI:
    def __getitem__(self, i):
        if i < 3: return chr(65 + i)
        raise IndexError
print(list(GI()), "B" in GI(), "".join(GI()), list(reversed([1,2])))
it = iter(GI()); print(next(it), next(it), next(it), next(it, "end"))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
print(list(countdown(3)), [*countdown(2)])
g = countdown(1); print(next(g))
try: next(g)
except StopIteration as e: print("value:", e.value)
print(list(iter(lambda: log.pop(), None)) if (log := [None, 1, 2]) else 0)
class R:
    def __reversed__(self): return iter([3, 2, 1])
    def __len__(self): return 3
    def __getitem__(self, i): return i
print(list(reversed(R())))
class L:
    def __len__(self): return 0
print(bool(L()), not L(), "empty" if not L() else "full")
class NoLen: pass
print(bool(NoLen()))
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BoolStr:
    def __bool__(self): return "yes"
try: bool(BoolStr())
except TypeError as e: print(e)
import itertools
print(list(itertools.takewhile(lambda v: v < 3, It())), list(itertools.dropwhile(lambda v: v < 2, It())))
print(list(itertools.compress("abc", [1, 0, 1])), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.repeat("x", 2)))
print(list(itertools.pairwise([1, 2, 3])), list(itertools.combinations_with_replacement("ab", 2)), next(itertools.cycle("z")))
gen = (i for i in range(3))
print(gen is iter(gen), list(gen), hasattr(gen, "send"))
m = map(str, [1, 2]); print(next(m), list(m), list(m))
z = zip([1, 2, 3], "ab"); print(list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
e = enumerate("ab", 10); print(next(e), list(e))
r = reversed([1, 2, 3]); print(next(r), list(r))
print(list(filter(str.isupper, "aBcD")), list(map(len, ["a", "bb"])), list(map(sum, [[1], [2, 3]])))
