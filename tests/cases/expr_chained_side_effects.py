# Chained comparisons evaluate the middle operand once, short-circuiting
calls = []
def v(name, val):
    calls.append(name)
    return val
print(v('a', 1) < v('b', 2) < v('c', 3), calls)
calls.clear()
print(v('a', 1) < v('b', 0) < v('c', 3), calls)
calls.clear()
print(v('a', 1) == v('b', 1) == v('c', 2) == v('d', 2), calls)
calls.clear()
print(v('a', 5) > v('b', 3) > v('c', 1) > v('d', 0), calls)
calls.clear()
r = v('x', 1) < v('y', 2) and v('z', 0) < v('w', 1)
print(r, calls)
calls.clear()
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(0 < tick() < 5, counter)
print(tick() < tick() < tick(), counter)
print(tick() > tick(), counter)
