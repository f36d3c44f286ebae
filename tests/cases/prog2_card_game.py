# A deterministic card game: seeded LCG shuffle, Card ordering, War simulation and hand scoring
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state
    def randrange(self, n):
        return self.next() % n
    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.randrange(i + 1)
            items[i], items[j] = items[j], items[i]

class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    @property
    def value(self):
        return Card.RANKS.index(self.rank) + 2
    def __lt__(self, other):
        return (self.value, self.suit) < (other.value, other.suit)
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return self.rank + self.suit

class Deck:
    def __init__(self, rng):
        self.cards = [Card(r, s) for s in Card.SUITS for r in Card.RANKS]
        rng.shuffle(self.cards)
    def deal(self, n):
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand
    def __len__(self):
        return len(self.cards)

def hand_rank(hand):
    values = sorted((c.value for c in hand), reverse=True)
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    groups = sorted(counts.values(), reverse=True)
    flush = len({c.suit for c in hand}) == 1
    straight = len(counts) == 5 and values[0] - values[4] == 4
    if straight and flush: return "straight flush"
    if groups[0] == 4: return "four of a kind"
    if groups == [3, 2]: return "full house"
    if flush: return "flush"
    if straight: return "straight"
    if groups[0] == 3: return "three of a kind"
    if groups[:2] == [2, 2]: return "two pair"
    if groups[0] == 2: return "pair"
    return "high card"

rng = LCG(2024)
deck = Deck(rng)
print(len(deck), deck.cards[:8])
hands = {name: sorted(deck.deal(5)) for name in ["north", "east", "south", "west"]}
for name, hand in hands.items():
    print(f"{name:<6} {hand} {hand_rank(hand)} high={max(hand)}")
print("left in deck:", len(deck))
tests = {"straight flush": "5h 6h 7h 8h 9h", "four of a kind": "Ks Kh Kd Kc 2s", "full house": "3s 3h 3d 9c 9s",
         "two pair": "As Ah 4d 4c Qs", "straight": "Tc Jd Qh Ks As"}
for expected, text in tests.items():
    hand = [Card(t[0], t[1]) for t in text.split()]
    print(f"{text:<16} -> {hand_rank(hand)} ({'ok' if hand_rank(hand) == expected else 'WRONG'})")

def war(seed, max_rounds=2000):
    d = Deck(LCG(seed))
    a, b = d.deal(26), d.deal(26)
    rounds = wars = 0
    while a and b and rounds < max_rounds:
        rounds += 1
        pot = [a.pop(0), b.pop(0)]
        while pot[-2].value == pot[-1].value:
            wars += 1
            if len(a) < 2 or len(b) < 2:
                return rounds, wars, "draw by exhaustion"
            pot += [a.pop(0), b.pop(0), a.pop(0), b.pop(0)]
        winner = a if pot[-2].value > pot[-1].value else b
        winner.extend(sorted(pot, reverse=True))
    return rounds, wars, "A" if a and not b else "B" if b and not a else f"undecided {len(a)}-{len(b)}"
for seed in (1, 7, 42):
    print("war seed", seed, "->", war(seed))
