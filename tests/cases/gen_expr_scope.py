# Scoping of generator expressions and comprehensions
x = "global x"
g = (x for _ in range(2))
x = "rebound global x"
print(list(g))    # looks up x when it runs

items = [1, 2, 3]
g = (i * 2 for i in items)
items = [10, 20]  # the first iterable was already evaluated
print(list(g))

i = "outer i"
print([i for i in range(3)], i)
print(list(i for i in "ab"), i)

class Config:
    values = [1, 2, 3]
    factor = 10
    doubled = [v * 2 for v in values]           # first iterable: class scope OK
    try:
        scaled = [v * factor for v in values]   # factor is NOT visible inside
    except NameError as e:
        scaled = f"NameError: {e}"
    pairs = [(a, b) for a in values for b in range(a)]
print(Config.doubled)
print(Config.scaled)
print(Config.pairs)

def f():
    total = 0
    data = [1, 2, 3]
    squares = (d * d for d in data)
    total = sum(squares)
    return total, [total + d for d in data]
print(f())

def nested():
    rows = [[1, 2], [3, 4]]
    return [[c * r_index for c in row] for r_index, row in enumerate(rows)]
print(nested())

y = 5
funcs = [lambda: y for y in range(3)]
print([fn() for fn in funcs], y)

print([(n, (n2 := n * n)) for n in range(3)], n2)
total = 0
running = [total := total + v for v in [5, 10, 20]]
print(running, total)
