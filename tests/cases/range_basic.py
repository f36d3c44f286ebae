# range objects: iteration, len, repr, equality
for args in [(5,), (2, 8), (0, 10, 3), (10, 0, -2), (5, 5), (5, 0), (-3, 3), (0, -10, -4), (1, 2, 10)]:
    r = range(*args)
    print(r, list(r), len(r), bool(r))
print(range(10) == range(0, 10, 1), range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2))
print(list(range(2**64, 2**64 + 3)), len(range(0, 2**64, 2**32)))
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
total = 0
for i in range(1000):
    total += i
print(total, sum(range(1001)), sum(range(1, 100, 2)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), sorted(range(5, 0, -1)))
print(min(range(3, 9)), max(range(3, 9)), list(enumerate(range(3))))
