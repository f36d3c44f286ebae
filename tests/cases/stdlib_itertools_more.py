from itertools import islice, count, accumulate, chain, cycle, repeat, starmap, zip_longest, permutations, combinations, groupby, tee

for args in [(5,), (2, 8), (2, 8, 3), (0, None, 4), (5, 3), (3, 3), (None,), (None, None, 2), (0,), (1, 100, 7)]:
    it = iter(range(20))
    got = list(islice(it, *args))
    print(args, got, next(it, "end"))
for bad in [(-1,), (-1, 5), (1, 5, 0), (1, 5, -1)]:
    try:
        islice([], *bad)
    except ValueError as e:
        print(bad, "ValueError", e)
print(list(islice(count(), 3, 12, 4)), list(islice("abc", 10)))
print(list(accumulate(["a", "b", "c"])), list(accumulate([1, 2, 3], lambda a, b: a - b, initial=0)))
print(list(islice(chain.from_iterable(repeat([1, 2])), 5)), list(chain([], [], [1])))
ch = chain("ab", "cd")
print(next(ch), next(ch), list(ch))
print(list(starmap(lambda a, b: a * b, zip([1, 2, 3], [4, 5, 6]))))
print(list(zip_longest("ab", [1, 2, 3, 4])))
print(len(list(permutations(range(6), 3))), list(combinations("abcd", 0)), list(combinations("ab", 3)))
print(list(permutations([])), list(permutations("ab", 0)))
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
for k, grp in groupby(data, key=lambda p: p[0]):
    print(k, [v for _, v in grp])
print(list(groupby([])), [(k, len(list(g))) for k, g in groupby("aabccc")])
evens, odds = tee(range(6))
print([x for x in evens if x % 2 == 0], [x for x in odds if x % 2])
print(list(tee([1, 2], 0)), len(tee("abc", 4)))
it = cycle([])
print(list(it))
