import functools
from functools import partialmethod, singledispatchmethod, singledispatch, cached_property, total_ordering, lru_cache, recursive_repr
from collections.abc import Sequence, Mapping
import numbers


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg


n = Negator()
print(n.neg(5), n.neg(True))
try:
    n.neg("x")
except NotImplementedError as e:
    print(e)


@singledispatch
def describe(x):
    return "thing"


@describe.register
def _(x: numbers.Integral):
    return "integral"


@describe.register(Sequence)
def _(x):
    return "sequence"


@describe.register(Mapping)
def _(x):
    return "mapping"


@describe.register(str)
def _(x):
    return "string"


print(describe(3), describe(True), describe([1]), describe((1,)), describe("s"), describe({}), describe(1.5))


@lru_cache(maxsize=2)
def sq(x):
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1)])[0].v)


class Box:
    def __init__(self):
        self.items = [self]

    @recursive_repr()
    def __repr__(self):
        return f"Box({self.items!r})"


print(Box())


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r * self.r


ci = Circle(2)
print(ci.area, ci.area)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(max, 3)(1))
