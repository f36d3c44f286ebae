# set and frozenset methods and operators.
a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, {3}), a.difference(b, [1]), a.symmetric_difference([4, 5]), a.issubset(range(5)), a.issuperset([1]), a.isdisjoint(b))
print(a < {1, 2, 3, 4}, a <= a, a > {1}, a >= {1, 5}, a == frozenset(a), {1} != {1.0}, {frozenset()}, frozenset([1, 2]) | {3}, {3} | frozenset([1]), type(frozenset([1]) | {3}).__name__, type({3} | frozenset()).__name__)
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); s.discard(9); s.discard(1); s.remove(2)
print(s, len(s), s.pop() in (3, 4), s)
s = {1, 2, 3, 4, 5}
s.intersection_update({1, 2, 3}, [2, 3, 4]); print(s)
s.difference_update([3]); print(s)
s.symmetric_difference_update({2, 7}); print(s)
s |= {8}; s &= {7, 8}; s -= {7}; s ^= {9}; print(s)
c = s.copy(); c.clear(); print(c, s, set(), frozenset(), repr(frozenset({1})), set("aab") == {"a", "b"})
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[]}, lambda: {1}.add([]), lambda: {1} | [1], lambda: {1} + {2}, lambda: frozenset().add(1), lambda: {1} < [1],
            lambda: set(1), lambda: {1}.update(1), lambda: hash({1}), lambda: {1}.remove([]), lambda: {1}.discard({2}), lambda: {{1}}, lambda: set([1], [2]), lambda: {1} - 1]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print({1}.remove(1) if False else "", {frozenset([1]): "fs"}[frozenset([1])], {1, 2}.__contains__(2), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1]) in {frozenset([1])}, {1} in [{1}])
print({1, 2} == {2, 1}, {1, True}, {0, False, 0.0}, {1.0, 1}, sorted({3, 1, 2}), {x % 3 for x in range(10)}, len({(1, 2), (1, 2)}), set({1: 2}), frozenset("ab") == {"a", "b"})
print({1}.issubset([1, 2]), {1, 2}.issuperset({1}), set.union({1}, {2}), frozenset.intersection(frozenset([1, 2]), [2]), {1, 2} - frozenset([1]), frozenset([1, 2]) - {1}, {1, 2} <= frozenset([1, 2]))
print(set([3]) == frozenset([3]), {1} & {1.0}, {"a"}.union(), {1, 2}.difference(), frozenset().union([1]), type(frozenset().copy()).__name__)
class S(set):
    pass
ss = S([1, 2])
print(ss, type(ss).__name__, ss | {3}, type(ss | {3}).__name__, isinstance(ss, set))
