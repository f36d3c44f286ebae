# hash of small ints, -1 and bools (int hashes are deterministic)
for v in [0, 1, 2, 100, -5, -1, -2, 12345, True, False]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-2))
print(hash(5) == hash(5), hash((1, 2)) == hash((1, 2)), hash('a') == hash('a'), hash(frozenset([1])) == hash(frozenset([1])))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
