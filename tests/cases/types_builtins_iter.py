# Iteration builtins: all any enumerate filter map zip reversed iter next range sorted len.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("all/any", lambda: [all([]), all([1, 0]), all("ab"), any([]), any([0, ""]), any(x > 2 for x in range(5)), all(iter([1, 1]))])
show("all err", lambda: all(5))
show("enumerate", lambda: [list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 3)), next(enumerate("x", 2**70))])
show("enumerate err", lambda: enumerate(1))
show("enumerate err2", lambda: enumerate("a", "b"))
show("filter", lambda: [list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isdigit, "a1b2"))])
show("filter err", lambda: filter(None, 5))
show("map", lambda: [list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, []))])
show("map err", lambda: map(len))
show("map err2", lambda: list(map(len, [1])))
show("zip", lambda: [list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(*[(1, 2), (3, 4)])), list(zip("ab", "cd", strict=True)), list(zip(range(3), "abcdef", [0] * 4))])
show("zip strict short", lambda: list(zip("ab", "c", strict=True)))
show("zip strict long", lambda: list(zip("a", "bc", strict=True)))
show("zip strict 3", lambda: list(zip("ab", "cd", "e", strict=True)))
show("zip strict 3b", lambda: list(zip("ab", "cd", "efg", strict=True)))
show("zip err", lambda: zip(1))
show("zip err2", lambda: zip("a", 2, "c"))
show("reversed", lambda: [list(reversed([1, 2])), list(reversed("ab")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({1: 2, 3: 4})), list(reversed(b"ab"))])
show("reversed err", lambda: reversed({1, 2}))
show("reversed err2", lambda: reversed(iter([1])))
class R:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class RR:
    def __reversed__(self):
        return iter("zyx")
show("reversed proto", lambda: [list(reversed(R())), list(reversed(RR())), list(iter(R())) if False else 0])
show("iter", lambda: [list(iter([1, 2])), next(iter("ab")), list(iter(iter("ab")))])
it = iter([1, 2])
show("next", lambda: [next(it), next(it), next(it, "done"), next(it, None)])
show("next stop", lambda: next(it))
show("next notiter", lambda: next([1]))
show("iter notiter", lambda: iter(5))
cnt = [0]
def f():
    cnt[0] += 1
    return cnt[0]
show("iter sentinel", lambda: list(iter(f, 4)))
show("iter sentinel err", lambda: iter(5, 1))
class G:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
show("getitem iter", lambda: [list(G()), 2 in G(), 7 in G(), list(enumerate(G()))])
show("range", lambda: [list(range(5)), list(range(2, 10, 3)), list(range(10, 2, -3)), list(range(0)), range(1, 10, 2)[2], range(10)[::-1], range(10)[2:8:2], len(range(0, 10, 3)), range(5).index(3), range(5).count(9), 3 in range(5), 2.0 in range(5), range(1, 2) == range(1, 2, 5), range(0) == range(5, 1)])
show("range big", lambda: [len(range(2**70)), range(2**70)[-1], 2**69 in range(2**70), range(0, 2**70, 2**68)])
show("range err", lambda: range(1, 2, 0))
show("range err2", lambda: range(1.5))
show("range err3", lambda: range(5)[10])
show("range err4", lambda: range(5).index(10))
show("range err5", lambda: range())
show("range err6", lambda: len(range(2**70)))
show("range attrs", lambda: [range(1, 5, 2).start, range(1, 5, 2).stop, range(1, 5, 2).step, repr(range(3)), repr(range(1, 3)), repr(range(1, 3, 2)), hash(range(3)) == hash(range(0, 3))])
show("len", lambda: [len("abc"), len([1]), len({1: 2}), len(range(3)), len(b"ab"), len(set()), len(frozenset([1]))])
show("len err", lambda: len(5))
show("len err2", lambda: len(iter([1])))
class BadLen:
    def __len__(self):
        return -1
class BadLen2:
    def __len__(self):
        return "x"
show("len neg", lambda: len(BadLen()))
show("len str", lambda: len(BadLen2()))
show("sorted", lambda: sorted("hello", key=ord, reverse=True))
show("sorted kw", lambda: sorted(iterable=[1]))
