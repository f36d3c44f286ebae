# Error messages of the random module.
import random

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (ValueError, TypeError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

random.seed(0)
attempt(random.choice, [])
attempt(random.randrange, 0)
attempt(random.randrange, 3, 3)
attempt(random.randrange, 0, 10, 0)
attempt(random.randrange, 10, 0, 2)
attempt(random.randrange, 1.5)
attempt(random.randint, 10, 1)
attempt(random.randint, 1, 2.5)
attempt(random.sample, [1, 2, 3], 4)
attempt(random.sample, {1, 2, 3}, 2)
attempt(random.sample, [1, 2], -1)
attempt(random.sample, "ab", 1, counts=[1])
attempt(random.sample, "ab", 1, counts=[0, 0])
attempt(random.choices, "ab", [1, 2, 3])
attempt(random.choices, "ab", 2)
attempt(random.choices, "ab", [0, 0])
attempt(random.choices, "ab", [1, 1], cum_weights=[1, 2])
attempt(random.getrandbits, -1)
attempt(random.getrandbits, 2.0)
attempt(random.gammavariate, 0, 1)
attempt(random.seed, [1, 2, 3])
attempt(random.Random, 1, 2)
attempt(random.randrange, 5, step=2)
attempt(random.setstate, (3, (0,) * 624 + (700,), None))
attempt(random.setstate, (3, [0] * 625, None))
attempt(random.expovariate, 0)
print("done")
