# Iterator protocol on user classes: __iter__ / __next__
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"), next(c, "still done"))
try:
    next(c)
except StopIteration:
    print("StopIteration raised")
it = iter(c)
print(it is c)

class Deck:
    """Iterable (not an iterator): each __iter__ returns a fresh iterator."""
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return DeckIterator(self.cards)

class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.pos = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos >= len(self.cards):
            raise StopIteration
        card = self.cards[self.pos]
        self.pos += 1
        return card

d = Deck(["A", "K", "Q"])
print(list(d), list(d))
for a in d:
    for b in d:
        if a < b:
            print(a + b, end=" ")
print()
print(sorted(d), "K" in d, max(d), "-".join(d), dict(zip(d, range(3))))
print(list(enumerate(d, 1)), list(zip(d, Countdown(2))))
x, y, z = d
print(x, y, z)
print([*d, *Countdown(2)], set(Countdown(4)) == {1, 2, 3, 4})

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), sum(Fib(1000)))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class IterNoNext:
    def __iter__(self):
        return self
try:
    list(IterNoNext())
except TypeError as e:
    print("TypeError:", e)

# iter(callable, sentinel)
state = [0]
def tick():
    state[0] += 1
    return state[0]
print(list(iter(tick, 5)))
