# Set algebra: | & - ^ and their method forms
a = {1, 2, 3, 4, 5, 100}
b = {4, 5, 6, 7, 100, 200}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9, 8], (7,)), a.intersection(range(3, 10)), a.difference({1}, {2}))
print(a.isdisjoint(b), a.isdisjoint({50}), {1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > {1, 2, 3, 4, 5, 100})
print({1, 2}.issubset([1, 2, 3]), a.issuperset({1, 100}))
c = set(a)
c |= {10, 11}
print(c)
c &= {1, 2, 10, 99}
print(c)
c -= {1}
print(c)
c ^= {2, 3, 4}
print(c)
c.update([20, 21], {22})
print(c)
c.intersection_update(range(0, 21))
print(c)
c.difference_update([3])
print(c)
c.symmetric_difference_update({4, 5})
print(c)
print(set() | set(), set() & {1}, {1} - {1}, {1, 2} ^ {1, 2})
print(a == {5, 4, 3, 2, 1, 100}, a != b, {1, 2} == frozenset({1, 2}))
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
