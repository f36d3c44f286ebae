# __iter__/__next__, iterables vs iterators, __getitem__-based iteration, __reversed__, __contains__
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r

print(list(Countdown(5)), list(Countdown(5)))
f = Fib(50)
print(list(f), list(f))
print(next(iter(Fib(10))), sum(Fib(100)), max(Fib(30)))
it = iter(Fib(3))
print(next(it), next(it), next(it), next(it), next(it, "done"))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for i, v in enumerate(Squares()):
    print(i, v, end="; ")
print()

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("  contains", x)
        return x in self.items
    def __reversed__(self):
        return reversed(self.items)
b = Bag(3, 1, 2)
print(2 in b, 5 not in b, len(b), sorted(b), list(reversed(b)))
print(dict(zip(Bag("a", "b"), Bag(1, 2))), tuple(Bag(1)), set(Bag(1, 1, 2)) == {1, 2})
a, *rest = Bag(1, 2, 3)
print(a, rest)
print(list(map(str, Bag(7, 8))), any(Bag(0, 0)), all(Bag()))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 42
try:
    list(BadIter())
except TypeError as e:
    print("TypeError:", e)

class Paged:
    def __init__(self, pages):
        self.pages = pages
    def __iter__(self):
        for p in self.pages:
            yield from p
print(list(Paged([[1, 2], [], [3]])))
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
