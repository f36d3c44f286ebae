# Small simulations driven by a seeded generator: Monte Carlo estimate of
# pi, a random walk, dice statistics and a card game.
import random

rng = random.Random(20240601)


def estimate_pi(n):
    inside = 0
    for _ in range(n):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / n


print(estimate_pi(20000))

position = 0
path = []
for step in range(30):
    position += rng.choice((-1, 1))
    path.append(position)
print(path, max(path), min(path))

rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600)]
histogram = {total: rolls.count(total) for total in range(2, 13)}
for total, count in histogram.items():
    print(f"{total:2d} {'#' * (count // 20)} {count}")

suits = "SHDC"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
rng.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for i, hand in enumerate(hands, 1):
    value = sum(ranks.index(card[0]) for card in hand)
    print(f"player {i}: {' '.join(hand)} -> {value}")

weights = {"common": 70, "rare": 25, "legendary": 5}
drops = rng.choices(list(weights), weights=list(weights.values()), k=1000)
print({k: drops.count(k) for k in weights})
print([round(rng.gauss(50, 10), 3) for _ in range(5)])
print(rng.sample(range(1, 50), 6), rng.getrandbits(48), rng.randrange(0, 1000, 25))
