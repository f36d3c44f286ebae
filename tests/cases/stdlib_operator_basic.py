import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.not_(0), operator.truth([1]))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.getitem([1, 2, 3], 1), operator.getitem("abc", slice(1, 3)))
print(operator.contains([1, 2], 2), operator.contains("abc", "z"), operator.index(7), operator.abs(-3), operator.abs(-2.5))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.is_(None, None), operator.is_not(1, None))
print(reduce(operator.mul, range(1, 6)), sorted([(1, 'b'), (2, 'a'), (0, 'c')], key=itemgetter(1)))
g = itemgetter(0, 2)
print(g("abcdef"), itemgetter(1)([5, 6]), itemgetter("k")({"k": 9}))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct

p = P("outer", P("inner"))
print(attrgetter("name")(p), attrgetter("child.name")(p), attrgetter("name", "child.name")(p))
print(methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p), methodcaller("upper")("abc"))
print(list(map(operator.neg, [1, -2, 3])), list(map(operator.add, [1, 2], [10, 20])))
s = [1, 2]
print(operator.setitem(s, 0, 9), s, operator.countOf([1, 2, 1], 1), operator.indexOf([5, 6], 6))
print(repr(itemgetter(1, 'a')), repr(attrgetter('x.y')), repr(methodcaller('f', 1, k=2)))
