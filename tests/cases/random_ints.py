# randint, randrange (with steps, negative and huge ranges), getrandbits,
# randbytes.
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(-50, 50, 7) for _ in range(8)])
print([random.randrange(100, 0, -3) for _ in range(8)])
print(random.randrange(10**25), random.randint(-10**30, 10**30))
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])
print(random.randbytes(12).hex())
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
print(random.randrange(0, 2**70, 2**40))
