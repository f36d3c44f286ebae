# The real-valued distributions, printed with full repr.
import random

random.seed(7)
print(random.uniform(-1, 1), random.uniform(10, 5))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9))
print(random.gauss(), random.gauss(100, 15), random.gauss(0, 1))
print(random.normalvariate(), random.normalvariate(5, 0.5))
print(random.lognormvariate(0, 0.25))
print(random.expovariate(0.5), random.expovariate(3))
print(random.gammavariate(0.5, 2), random.gammavariate(1.0, 3), random.gammavariate(9, 0.5))
print(random.betavariate(2, 5), random.betavariate(0.5, 0.5))
print(random.vonmisesvariate(0, 0), random.vonmisesvariate(1.0, 4.0))
print(random.paretovariate(2.5), random.weibullvariate(1.0, 1.5))

def mean(xs):
    return sum(xs) / len(xs)

random.seed(99)
xs = [random.gauss(10, 2) for _ in range(2000)]
print(round(mean(xs), 2))
ys = [random.expovariate(1 / 5) for _ in range(2000)]
print(round(mean(ys), 2))
