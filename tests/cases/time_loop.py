# Timing a loop without printing times
import time
start = time.perf_counter()
results = []
for n in range(1, 6):
    s = 0
    for i in range(n * 1000):
        s += i * i
    results.append(s)
elapsed = time.perf_counter() - start
print(results)
print(elapsed >= 0, elapsed < 60, isinstance(elapsed, float))
deadline = time.monotonic() + 0.002
spins = 0
while time.monotonic() < deadline:
    spins += 1
    time.sleep(0.0005)
print(spins > 0, time.monotonic() >= deadline)
