# range: construction, indexing, slicing, comparisons, membership, errors.
rs = [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(-5, 5), range(0, -10, -3), range(3, 3), range(5, 0)]
for r in rs:
    print(repr(r), list(r), len(r), bool(r), r[::-1], r[1:], r[::2], list(reversed(r)), 3 in r, -3 in r, r.count(4), min(r, default=None), max(r, default=None), sum(r))
    for i in (0, -1, 2):
        try:
            print("  ", i, r[i], r.index(r[i]))
        except IndexError as e:
            print("  ", i, e)
print(range(0) == range(1, 1), range(1, 4, 2) == range(1, 5, 2), range(3) != range(4), hash(range(0)) == hash(range(5, 5)), range(1, 2) == [1])
print(range(10)[2:8:3], range(10)[-100:100], range(10)[8:2:-2], list(range(10)[::-3]), range(2**65)[2**64], len(range(-2**65, 2**65, 2**63)))
for bad in [lambda: range(1, 2, 0), lambda: range("1"), lambda: range(1.0, 2), lambda: range(1, 2, 3, 4), lambda: range(5)[5], lambda: range(5)[-6], lambda: range(5).index(7),
            lambda: range(5)["a"], lambda: range(5).count(), lambda: range(5) < range(6), lambda: range(5) + range(2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(1.0 in range(3), True in range(3), "a" in range(3), 2**70 in range(2**71), range(3).start, range(3).stop, range(3).step, range(1, 2, 3).step)
it = iter(range(3))
print(next(it), list(it), list(it))
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I(), 8, I())), range(10)[I()])
