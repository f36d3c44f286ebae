# tuple methods, comparisons, hashing and errors.
t = (1, 2, 3, 2, "a")
print(t, t.count(2), t.index(2), t.index(2, 2), t[1:3], t[::-1], t + (4,), t * 2, 2 * (1,), () * 5, len(t), 3 in t, (1,), (), tuple(), tuple([1]), tuple("ab"))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2.0), () < (0,), (1, "a") < (1, "b"), (1, 2) >= (1, 2), max((1, 2), (1, 3)), (1, (2, 3)) == (1, (2, 3)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "x"}[(1, 2)], (1, 2) in {(1, 2)})
for bad in [lambda: t.index(9), lambda: t[10], lambda: t["a"], lambda: t.__setitem__(0, 1), lambda: hash((1, [2])), lambda: (1,) + [2], lambda: (1,) < ("a",), lambda: t.count(),
            lambda: tuple(1), lambda: (1, 2)[1:2:0], lambda: {(1, {}): 2}, lambda: t.__delitem__(0), lambda: (1, 2) * (1,)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a, *b = t
print(a, b, repr((1,)), repr(((),)), str(("a", 'b"c')), (1, 2).__add__((3,)), (1, 2).__contains__(2), (1, 2).__len__(), tuple(reversed((1, 2))))
class P(tuple):
    pass
p = P((1, 2))
print(p, type(p).__name__, p + (3,), type(p + (3,)).__name__, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
x = (1, 2)
y = tuple(x)
print(y is x, x[:] is x, x * 1 is x, sorted(((2, "b"), (1, "z"), (2, "a"))))
