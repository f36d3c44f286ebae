# Seeding with ints (small, big, negative), floats, str and bytes gives
# CPython's exact sequences.
import random

for s in [0, 1, 42, 2**32, 2**32 - 1, -7, 10**40, -(10**40), 123456789012345678901234567890]:
    random.seed(s)
    print(s, random.random(), random.random())

for s in ["", "hello", "héllo wörld", b"bytes seed", bytearray(b"abc"), 1.5, -0.25, True, False]:
    random.seed(s)
    print(repr(s), random.random())

random.seed(2024)
print([round(random.random(), 6) for _ in range(5)])
random.seed(2024)
first = [random.random() for _ in range(700)]
random.seed(2024)
again = [random.random() for _ in range(700)]
print(first == again, first[-1])
