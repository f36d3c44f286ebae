# Generator expressions: capturing loop variables (late binding in the
# body, early binding of the first iterable), nesting, and laziness.

gens = []
for i in range(3):
    gens.append(x * i for x in range(3))
print([list(g) for g in gens])

gens = [(x + i for x in range(2)) for i in range(3)]
print([list(g) for g in gens])


def make(n):
    return ((a, b) for a in range(n) for b in range(a) if (a + b) % 2)


print(list(make(5)))

data = [3, 1, 2]
g = (d * 2 for d in data)
data.append(10)
print(list(g))
data = [7]
g = (d for d in data)
data = [8]
print(list(g))

mul = 10
g = (x * mul for x in range(3))
mul = 100
print(list(g))

print(sum(x * x for x in range(100)), max((len(w), w) for w in "a bb ccc dd".split()))
print(list(zip((c for c in "abc"), (n for n in range(10)))))
g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
nested = ((y for y in range(x)) for x in range(4))
print([list(n) for n in nested])
g = (x for x in range(3))
print(g.__name__, g.gi_running)
