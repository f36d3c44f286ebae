# Comprehension scopes: loop variables don't leak, walrus does, nested comprehensions
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)

evens = {n for n in range(10) if n % 2 == 0}
print(sorted(evens))
try:
    print(n)
except NameError as e:
    print("NameError:", e)

pairs = {k: v for k, v in zip("abc", range(3))}
print(pairs)
try:
    print(k)
except NameError as e:
    print("NameError:", e)

data = [3, 8, 1, 9, 4]
if any((big := v) > 7 for v in data):
    print("first big value:", big)
filtered = [y for v in data if (y := v * 2) > 6]
print(filtered, "last y:", y)

matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
flat = [cell for row in matrix for cell in row if cell % 2]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

def scope_in_function():
    factor = 10
    return [v * factor for v in range(3)], {v: factor for v in "ab"}
print(scope_in_function())

i = "module i"
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], i)

nested = [[(a, b) for b in range(a)] for a in range(4)]
print(nested)
counts = {}
words = "to be or not to be".split()
[counts.__setitem__(w, counts.get(w, 0) + 1) for w in words]
print(counts)
gen = (z for z in range(3))
print(list(gen))
try:
    z
except NameError as e:
    print("NameError:", e)
