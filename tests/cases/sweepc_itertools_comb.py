import itertools as it
from math import comb, perm, factorial

print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(5), 3))[:4], len(list(it.combinations(range(10), 4))), comb(10, 4))
print(list(it.combinations_with_replacement("xy", 3)))
print(list(it.product([0, 1], repeat=3))[-3:], perm(5, 2), factorial(6))
print(["".join(p) for p in it.product("ab", "12")])
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print([(k, list(g)) for k, g in it.groupby("aaabccdddd")])
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda s: s[0])
print({k: list(g) for k, g in it.groupby(data, key=lambda s: s[0])})
print(list(it.chain.from_iterable([[1, 2], [3], []])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.filterfalse(str.isdigit, "a1b2c3")))
print(list(it.islice(it.cycle("XYZ"), 7)), list(it.repeat("hi", 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.pairwise("abcd")))
print(list(it.islice(it.count(10, 2.5), 4)))


def subsets_summing(nums, target):
    return [c for r in range(1, len(nums) + 1) for c in it.combinations(nums, r) if sum(c) == target]


print(subsets_summing([3, 34, 4, 12, 5, 2], 9))
letters = "".join(sorted(set("hello world") - {" "}))
print(letters, sum(1 for _ in it.permutations(letters[:4])))
print(list(zip(*[iter(range(9))] * 3)))
print(next(it.dropwhile(lambda p: sum(p) != 7, it.product(range(1, 7), repeat=2))))
