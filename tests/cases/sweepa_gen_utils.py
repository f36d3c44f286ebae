# Generator utilities: chunking with walrus, recursive flatten, sliding windows, infinite prime generator.
import itertools
def chunks(xs, n):
    it = iter(xs)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print(list(chunks(range(7), 3)))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, (3, [4])], 5])))
def window(xs, k):
    return [tuple(xs[i:i + k]) for i in range(len(xs) - k + 1)]
print(window("abcde", 3))
def transpose(m): return [list(r) for r in zip(*m)]
print(transpose([[1, 2, 3], [4, 5, 6]]))
def primes():
    yield 2
    found = [2]
    n = 3
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 2
print(list(itertools.islice(primes(), 12)))
print(dict(itertools.zip_longest("abc", [1])), list(itertools.chain.from_iterable([[1], [2, 3]])))
grouped = {k: [x for x in g] for k, g in itertools.groupby(sorted("mississippi"))}
print(grouped)
print(sum(1 for _ in itertools.permutations(range(5))), len(list(itertools.combinations(range(10), 3))))
