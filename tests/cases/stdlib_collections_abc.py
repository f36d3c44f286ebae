# collections.abc: isinstance against the ABCs, Mapping/MutableSequence mixins,
# abstract-method checks and ABCs in annotations.
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, Sized, Container, Callable, Hashable, Generator, Collection, Reversible)
import collections.abc
vals = [[], (), "s", {}, set(), frozenset(), 3, 2.5, None, range(3), iter([]), (x for x in []), len, b"b", bytearray()]
for abc in (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Sized, Container, Callable, Hashable, Generator, Collection, Reversible):
    print(f"{abc.__name__:>16}", "".join("1" if isinstance(v, abc) else "." for v in vals))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(str, Iterable))
class Registry(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry(a=1, b=2)
print(r["a"], r.get("z", 0), "a" in r, list(r.keys()), list(r.items()), list(r.values()), len(r), r == {"a": 1, "b": 2}, dict(r))
print(isinstance(r, Mapping), isinstance(r, MutableMapping), isinstance(r, Sized))
class Bag(MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
b = Bag()
b.append(3); b.extend([1, 2]); b.reverse()
print(list(b), b.index(1), b.count(3), 3 in b, list(reversed(b)), b.pop(), list(b))
try:
    class Half(Mapping):
        def __getitem__(self, k): return k
    Half()
except TypeError as e:
    print(e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(isinstance(Countdown(3), Iterator), list(Countdown(3)), isinstance(Countdown(1), Sequence))
def f(xs: Iterable[int]) -> collections.abc.Sequence[str]:
    return [str(x) for x in xs]
print(f(range(3)))
