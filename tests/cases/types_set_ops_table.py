# A table of set and frozenset operators and methods over several operands.
sets = [set(), {1}, {1, 2, 3}, {2, 3, 4}, frozenset({3}), frozenset(), {1.0, 2}, {True, 5}]
for a in sets:
    row = []
    for b in sets:
        row.append((sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a == b, a < b, a <= b, a > b, a >= b, a.isdisjoint(b), type(a | b).__name__))
    print(sorted(a), type(a).__name__, row)
for a in sets:
    print(sorted(a), len(a), 1 in a, 2.0 in a, sorted(a.union([7], (8,))), sorted(a.intersection([1, 2], {2, 1})), sorted(a.difference([1], [3])), sorted(a.symmetric_difference([1, 9])), a.issubset([1, 2, 3, 4, 5]), a.issuperset([]))
s = {1, 2}
s.update({3}, [4, 5], range(6, 8)); print(sorted(s))
s.intersection_update(range(0, 10, 2)); print(sorted(s))
s.difference_update({2}, [8]); print(sorted(s))
s.symmetric_difference_update([4, 5, 6]); print(sorted(s))
print(sorted({x % 5 for x in range(20)}), sorted(set("mississippi")), sorted(frozenset("hello") | set("world")))
