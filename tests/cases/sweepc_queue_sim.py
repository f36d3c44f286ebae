import random
from collections import deque
from statistics import mean

random.seed(2024)


class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = 0


def simulate(n_tellers, minutes, arrival_p):
    tellers = [Teller(f"T{i}") for i in range(n_tellers)]
    line = deque()
    waits = []
    for t in range(minutes):
        if random.random() < arrival_p:
            line.append((t, random.randint(2, 6)))
        for tel in tellers:
            if tel.busy_until <= t and line:
                arrived, dur = line.popleft()
                waits.append(t - arrived)
                tel.busy_until = t + dur
                tel.served += 1
    return tellers, waits, len(line)


for n in (1, 2, 3):
    tellers, waits, left = simulate(n, 240, 0.45)
    print(f"{n} teller(s): served={sum(t.served for t in tellers):3d} "
          f"avg_wait={mean(waits):6.2f} max_wait={max(waits):3d} left={left:2d} "
          f"per_teller={[t.served for t in tellers]}")
hist = {}
for w in simulate(2, 500, 0.5)[1]:
    b = min(w // 5, 4)
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    label = f"{b * 5}-{b * 5 + 4}" if b < 4 else "20+"
    print(f"{label:>6}: {'#' * (hist[b] // 5)} {hist[b]}")
