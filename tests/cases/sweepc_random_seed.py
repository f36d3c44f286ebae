import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.uniform(1, 2))
print(random.choice("abcdefg"), random.choices(range(10), k=5), random.sample(range(100), 4))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7])
print(random.randrange(0, 100, 5), random.getrandbits(16), random.gauss(0, 1))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=6))
print(round(random.normalvariate(10, 2), 6), round(random.expovariate(1.5), 6), round(random.triangular(0, 10, 3), 6))
r = random.Random(7)
print(r.random(), r.randint(0, 9), r.choice([1, 2, 3]))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b)
random.seed("hello")
print(random.random())
random.seed(12345)
rolls = [random.randint(1, 6) for _ in range(1000)]
from collections import Counter
print(sorted(Counter(rolls).items()))
print(round(random.betavariate(2, 3), 6), round(random.lognormvariate(0, 1), 6), round(random.vonmisesvariate(1, 2), 6))
print(random.sample(["a", "b", "c", "d"], k=4), round(random.paretovariate(3), 6), round(random.weibullvariate(1, 2), 6))
print(random.randbytes(4))


def monte_carlo_pi(n, rng):
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1)
    return 4 * inside / n


print(monte_carlo_pi(10000, random.Random(1)))
