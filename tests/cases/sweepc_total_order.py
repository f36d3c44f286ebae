import functools
import operator
from functools import total_ordering, partial, reduce, cmp_to_key, singledispatch


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9.9"), Version("1.0") >= Version("1.1"))
print(len(set(vs)), Version("1.0") == "1.0")

pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, partial(int, base=16)("ff"))
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2], 0))


def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["bb", "a", "ccc", "ab", "b"], key=cmp_to_key(cmp_len_then_alpha)))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


print(describe(3), describe("s"), describe([1, "a", 2.5]))
print(describe(True))


class Temp:
    def __init__(self, c):
        self.c = c

    @functools.cached_property
    def f(self):
        print("converting")
        return self.c * 9 / 5 + 32


t = Temp(100)
print(t.f, t.f)
print(list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])), operator.attrgetter("c")(t))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(operator.methodcaller("replace", "a", "o")("banana"))
