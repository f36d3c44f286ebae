# Slice assignment and deletion with steps, and their error messages.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
def assign(sl, val):
    a = list(range(10))
    a[sl] = val
    return a
def delete(sl):
    a = list(range(10))
    del a[sl]
    return a
cases = [(slice(2, 5), [20, 30]), (slice(2, 5), []), (slice(2, 2), [9, 9, 9]), (slice(None), "ab"), (slice(8, 2), [1]), (slice(-2, None), (7, 8, 9)),
         (slice(None, None, 2), "abcde"), (slice(None, None, 2), "abc"), (slice(1, None, 3), [0, 0, 0]), (slice(None, None, -1), range(10)), (slice(None, None, -3), "wxyz"),
         (slice(8, 2, -2), "abc"), (slice(8, 2, -2), "ab"), (slice(0, 0, 2), []), (slice(0, 1, 2), [5]), (slice(None, None, 2), 5), (slice(2, 5), 5), (slice(100, 200), [1]),
         (slice(None, None, 0), []), (slice(-100, 3), [None]), (slice(3, 1), "xy"), (slice(1, 9, 3), iter("pqr"))]
for sl, val in cases:
    show(("assign", sl.start, sl.stop, sl.step), lambda: assign(sl, val))
for sl in [slice(2, 5), slice(None, None, 2), slice(None, None, -2), slice(1, 8, 3), slice(8, 1, -3), slice(100, 200), slice(-3, None), slice(None), slice(5, 2), slice(None, None, 0)]:
    show(("del", sl.start, sl.stop, sl.step), lambda: delete(sl))
a = list(range(5))
a[1:3] = a
print(a)
b = [1, 2, 3]
b[len(b):] = [4]
b[:0] = [0]
print(b)
print(slice(1, 2, 3), slice(5), slice(None), slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-10, 10).indices(3), repr(slice("a", None)), slice(1, 2) == slice(1, 2))
print(slice(1, 2).start, slice(1, 2).stop, slice(1, 2).step, hash(slice(1, 2)) if False else "")
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(0, 1, 0).indices(3), lambda: slice(0, 1).indices(-1), lambda: [1][slice("a", 1)]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
t = (0, 1, 2, 3, 4, 5)
s = "012345"
for sl in [slice(None, None, 2), slice(-1, None, -2), slice(1, 4), slice(10, 0, -3)]:
    print(t[sl], s[sl], b"012345"[sl], range(6)[sl])
