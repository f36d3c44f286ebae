# Mixins providing reusable behaviour
class ReprMixin:
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()) if not k.startswith("_"))
        return f"{type(self).__name__}({items})"

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None

class ComparableMixin:
    def _key(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self._key() < other._key()
    def __le__(self, other):
        return self._key() <= other._key()
    def __gt__(self, other):
        return self._key() > other._key()
    def __ge__(self, other):
        return self._key() >= other._key()

class SerializeMixin:
    def to_dict(self):
        return {k: v for k, v in sorted(vars(self).items()) if not k.startswith("_")}
    @classmethod
    def from_dict(cls, d):
        obj = cls.__new__(cls)
        for k, v in d.items():
            setattr(obj, k, v)
        return obj

class Card(ReprMixin, EqMixin, ComparableMixin, SerializeMixin):
    ranks = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
        self._cache = None
    def _key(self):
        return (self.ranks.index(self.rank), self.suit)

hand = [Card("K", "s"), Card("2", "h"), Card("A", "d"), Card("T", "c"), Card("2", "c")]
print(hand)
print(sorted(hand))
print(max(hand), min(hand))
print(Card("K", "s") == Card("K", "s"), Card("K", "s") == Card("K", "h"), Card("K", "s") != hand[0])
print(hand[0] > hand[1], hand[1] <= hand[4], hand[4] >= hand[1])
d = hand[2].to_dict()
print(d)
back = Card.from_dict(d)
print(back, back == Card("A", "d"), vars(back) == vars(Card("A", "d")))
try:
    {hand[0]}
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in Card.__mro__])

class Loud:
    def speak(self):
        return super().speak().upper() + "!"
class Polite:
    def speak(self):
        return "please, " + super().speak()
class Person:
    def speak(self):
        return "hello"
class LoudPolite(Loud, Polite, Person): pass
class PoliteLoud(Polite, Loud, Person): pass
print(LoudPolite().speak(), "|", PoliteLoud().speak())
