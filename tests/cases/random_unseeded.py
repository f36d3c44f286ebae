# Unseeded generators: only properties that hold for any seed are printed.
import random

values = [random.random() for _ in range(1000)]
print(all(0.0 <= v < 1.0 for v in values), len(set(values)) > 990)
ints = [random.randint(1, 6) for _ in range(1000)]
print(min(ints) >= 1, max(ints) <= 6, len(set(ints)) == 6)
a = random.Random()
b = random.Random()
print(a.random() != b.random())
deck = list(range(52))
random.shuffle(deck)
print(sorted(deck) == list(range(52)))
print(len(random.sample(range(100), 10)), random.choice("abc") in "abc")
print(0 <= random.getrandbits(10) < 1024, len(random.randbytes(16)))
state = random.getstate()
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])
random.seed()
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.randint(5, 10) in range(5, 11))
