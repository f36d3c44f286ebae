# Misc set methods: copy, clear, len, membership loops
s = {1, 2, 3}
c = s.copy()
c.add(4)
print(s, c, s is c)
c.clear()
print(c, len(c), bool(c), bool(s))
primes = set(range(2, 60))
for i in range(2, 8):
    for m in range(i * i, 60, i):
        primes.discard(m)
print(primes)
print(sorted(primes), sum(primes), max(primes), min(primes))
a = {1, 2, 3}
b = a
b.add(10)
print(a)
empty = set()
print(empty, repr(empty), set() == set(), {} == set(), type({}).__name__)
print([n for n in range(10) if n in {2, 4, 6}], {1, 2, 3} == {3, 2, 1})
try:
    {[1, 2]}
except TypeError as e:
    print('TypeError:', e)
try:
    s.add({1})
except TypeError as e:
    print('TypeError:', e)
