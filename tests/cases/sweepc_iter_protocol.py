class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


c = Countdown(3)
print(list(c), list(c), sum(Countdown(10)), max(Countdown(4)), 2 in Countdown(3))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(Fib(100)), list(zip(Fib(10), Countdown(3))), dict(zip("abc", Fib(50))))
print(list(enumerate(Fib(5), 1)), sorted(Fib(30), reverse=True)[:3])
sentinel_src = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(sentinel_src), 0)))


class Peekable:
    _NONE = object()

    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._NONE

    def peek(self, default=None):
        if self.buf is self._NONE:
            self.buf = next(self.it, self._NONE)
        return default if self.buf is self._NONE else self.buf

    def __iter__(self):
        return self

    def __next__(self):
        if self.buf is not self._NONE:
            v, self.buf = self.buf, self._NONE
            return v
        return next(self.it)


p = Peekable("abc")
print(p.peek(), next(p), p.peek(), list(p), p.peek("empty"))
r = range(10, 0, -3)
print(list(r), len(r), r[1], r[-1], 4 in r, r.index(4), list(reversed(r)), r.count(7))
m = map(str.upper, ["x", "y"])
print(next(m), list(m), list(m))
z = zip([1, 2, 3], "ab")
print(list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
