# time.time/perf_counter/monotonic/sleep: only relations are printed
import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
total = 0
for i in range(10000):
    total += i
time.sleep(0.001)
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
print(total)
print(t2 >= t1, p2 >= p1, m2 >= m1, p2 - p1 >= 0.0009, m2 - m1 >= 0)
print(type(t1).__name__, type(p1).__name__, type(m1).__name__)
print(t1 > 1600000000, t1 < 5000000000)
r = time.sleep(0.001)
print(r)
