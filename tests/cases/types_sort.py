# sort/sorted: stability, key, reverse, errors, and mutation during sort.
recs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2), ("d", 0)]
print(sorted(recs), sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True), sorted(recs, key=lambda r: r[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
nums = [3, 1.5, -2, True, 0, 2**70, -0.5, False]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda x: -x))

data = [(i % 7, i) for i in range(200)]
s1 = sorted(data, key=lambda p: p[0])
print(all(s1[i][1] < s1[i + 1][1] for i in range(199) if s1[i][0] == s1[i + 1][0]))
s2 = sorted(data, key=lambda p: p[0], reverse=True)
print(all(s2[i][1] < s2[i + 1][1] for i in range(199) if s2[i][0] == s2[i + 1][0]), s2[:5])
a = [5, 2, 8, 1]
print(a.sort(), a, a.sort(reverse=True), a, sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1, 2)), sorted(set([3, 1])), sorted([]), sorted([[2, 1], [1, 2], [1]]))
for bad in [lambda: sorted([1, "a"]), lambda: sorted([None, None]), lambda: sorted([1j, 2j]), lambda: sorted(1), lambda: sorted([1], key=lambda x, y: 0), lambda: sorted([1, 2], lambda x: x),
            lambda: sorted([[1], ["a"]]), lambda: sorted([{1}, {2}, {1, 2}]), lambda: sorted([{}, {}]), lambda: sorted([(1, "a"), (1, 2)])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
b = [3, 2, 1]
def key(x):
    b.append(x)
    return x
try:
    b.sort(key=key)
    print(b)
except ValueError as e:
    print(e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v), min(K(2), K(1)))
print(sorted(range(20), key=lambda x: x % 3), sorted(["b", "a"], key=None), list(reversed(sorted([2, 3, 1]))))
