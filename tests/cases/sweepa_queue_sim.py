# A bank-queue simulation with deque, a deterministic RNG and statistics.
from collections import deque
import random

rng = random.Random(42)


class Customer:
    __slots__ = ("id", "arrive", "service")

    def __init__(self, id, arrive, service):
        self.id, self.arrive, self.service = id, arrive, service

    def __repr__(self):
        return f"C{self.id}"


def simulate(tellers, minutes):
    q = deque()
    busy = [0] * tellers
    served, waits, next_id = [], [], 1
    for t in range(minutes):
        if rng.random() < 0.6:
            q.append(Customer(next_id, t, rng.randint(1, 5)))
            next_id += 1
        for i in range(tellers):
            if busy[i] > 0:
                busy[i] -= 1
            if busy[i] == 0 and q:
                c = q.popleft()
                waits.append(t - c.arrive)
                busy[i] = c.service
                served.append(c)
    return served, waits, list(q)


for tellers in (1, 2, 3):
    served, waits, left = simulate(tellers, 60)
    avg = sum(waits) / len(waits) if waits else 0.0
    print(f"tellers={tellers} served={len(served):>3} left={len(left):>3} "
          f"avg_wait={avg:6.2f} max_wait={max(waits, default=0):>3}")
print(served[:5], left[:3])
print(rng.choice("abcdef"), rng.sample(range(100), 5), round(rng.uniform(1, 2), 6))
deck = list(range(10))
rng.shuffle(deck)
print(deck, sorted(deck) == list(range(10)))
d = deque(range(5))
d.rotate(2)
print(d, d[0], d[-1], len(d), d.count(3), list(d)[1:3])
d.extendleft([10, 11])
print(d, d.pop(), d.popleft(), d, 3 in d, d.index(4))
d.clear()
print(d, bool(d), deque("ab", maxlen=1))
