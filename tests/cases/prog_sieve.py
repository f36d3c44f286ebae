# Sieve of Eratosthenes and prime statistics
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [i for i in range(n + 1) if is_p[i]]
primes = sieve(20000)
print(len(primes), primes[:25], primes[-5:])
gaps = {}
for a, b in zip(primes, primes[1:]):
    g = b - a
    gaps[g] = gaps.get(g, 0) + 1
for g in sorted(gaps):
    print(f'gap {g:3}: {gaps[g]}')
twins = [(p, p + 2) for p in primes if p + 2 in set(primes[-200:]) or (p < 200 and p + 2 in primes)]
print(twins[:15])
by_last = {}
for p in primes:
    by_last[p % 10] = by_last.get(p % 10, 0) + 1
print(by_last)
