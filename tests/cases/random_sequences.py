# choice, choices (weights, cum_weights, k), shuffle, sample (with counts).
import random

random.seed("sequences")
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.choice("xyz"), random.choice(range(1000)))
print(random.choices(["red", "green", "blue"], k=10))
print(random.choices(["red", "green", "blue"], [10, 1, 1], k=10))
print(random.choices("abcd", cum_weights=[1, 2, 3, 100], k=8))
print(random.choices([1.5, 2.5], weights=[0.3, 0.7]))
print(random.sample(range(100), 10))
print(random.sample(deck, 5))
print(random.sample(["a", "b", "c"], k=3, counts=[3, 2, 1]))
print(random.sample(range(10**12), 3))
print(sorted(random.sample(range(50), 40))[:10])
hand = random.sample(tuple(range(52)), k=52)
print(sorted(hand) == list(range(52)))
words = "the quick brown fox jumps over the lazy dog".split()
for _ in range(3):
    random.shuffle(words)
    print(" ".join(words))
