# Loop and with/except variables: what remains bound after the statement
for i in range(3):
    last = i * 10
print("i after loop:", i, "last:", last)

for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)

k = "before"
for k in "xyz":
    pass
print("k after loop:", k)

n = 0
while n < 5:
    n += 1
    inner = n
print("while leaves n =", n, "inner =", inner)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print("unpacked targets after loop:", a, b, c)

data = {}
for data["key"] in range(3):
    pass
print("loop target can be a subscript:", data)

class Holder:
    pass
h = Holder()
for h.attr in ["a", "b"]:
    pass
print("loop target can be an attribute:", h.attr)

try:
    raise ValueError("gone")
except ValueError as err:
    kept = err
print("kept survives:", repr(kept))
print("'err' bound after except?", "err" in globals())

class CM:
    def __enter__(self):
        return "entered value"
    def __exit__(self, *a):
        pass
with CM() as value:
    pass
print("with target survives:", value)

squares = [sq * sq for sq in range(3)]
print("comprehension var leaked?", "sq" in globals())
total = 0
for idx, val in enumerate([5, 6, 7]):
    total += idx * val
else:
    print("for-else ran; idx =", idx)
print(total)
