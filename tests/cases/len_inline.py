# len() of exact lists and tuples is computed inline; everything else
# (subclasses, other containers, errors, rebinding) must behave as CPython.


class L(list):
    def __len__(self):
        return 99


class T(tuple):
    pass


class S:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def lengths(xs):
    return [len(x) for x in xs]


print(lengths([[], [1], [1, 2, 3], (), (1,), (1, 2), L([1]), T((1, 2, 3)),
               "abc", "", b"xy", {1: 2}, {1, 2, 3}, range(10), S(5)]))
a = []
for i in range(5):
    a.append(i)
    print(len(a), len(tuple(a)))
while len(a) > 2:
    a.pop()
print(a, len(a))
for bad in (S(-1), S(2**70), 5, None, 1.5):
    try:
        print(len(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError", e)
f = len
print(f([1, 2]), list(map(len, [[1], (1, 2), "abc"])))


def shadow():
    return len([1, 2, 3])


print(shadow())
len = lambda x: "patched"  # noqa: E731
print(shadow())
del len
print(shadow())
