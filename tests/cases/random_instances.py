# Independent Random instances, getstate/setstate, and subclasses.
import random

a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10))
c = random.Random("seed string")
print(c.random(), c.choice([10, 20, 30]))

state = a.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
xs = [a.random() for _ in range(5)]
a.setstate(state)
print(xs == [a.random() for _ in range(5)])

# The module-level functions share one hidden instance.
random.seed(5)
s = random.getstate()
v1 = random.random()
random.setstate(s)
print(v1 == random.random())

# gauss keeps a cached second value in the state.
g = random.Random(3)
g.gauss()
st = g.getstate()
print(st[2])
n1 = g.gauss()
g.setstate(st)
print(n1 == g.gauss())

class Fixed(random.Random):
    """A generator whose random() is not random at all."""
    def random(self):
        return 0.25

f = Fixed(0)
print(f.random(), f.uniform(0, 8), f.randrange(100), f.choice("abcd"))

class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)

cr = Counting(10)
vals = [cr.randrange(1000) for _ in range(5)]
print(vals, cr.calls >= 5)
print(vals == [random.Random(10).randrange(1000) for _ in range(1)] + vals[1:])

try:
    a.setstate((3, (1, 2, 3), None))
except ValueError as e:
    print("ValueError:", e)
try:
    a.setstate((2.5, (), None))
except ValueError as e:
    print("ValueError:", e)
