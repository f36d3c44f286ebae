import bisect
from operator import attrgetter, itemgetter
from collections import namedtuple

grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10), bisect.bisect_left(a, 0))
bisect.insort(a, 5)
bisect.insort_left(a, 3)
print(a)
recs = [("b", 2), ("d", 4), ("f", 6)]
print(bisect.bisect_left(recs, 4, key=itemgetter(1)))
bisect.insort(recs, ("e", 5), key=itemgetter(1))
print(recs)

Student = namedtuple("Student", "name grade age")
studs = [Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10), Student("amy", "A", 12)]
print([s.name for s in sorted(studs, key=attrgetter("grade", "age"))])
print([s.name for s in sorted(studs, key=lambda s: (s.grade, -s.age))])
print(sorted(studs, key=itemgetter(2), reverse=True)[0])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len, reverse=True))
data = [3, 1, 2]
data.sort(reverse=True)
print(data, sorted("hello"), sorted({3: "c", 1: "a"}.items()), sorted({"b", "a"}))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), min([], default="empty"), max("abc", key=ord))
nums = [5, -3, 2, -8, 1]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda x: (x % 3, x)))
pairs = list(zip("abc", [3, 1, 2]))
pairs.sort(key=lambda p: p[1])
print(pairs, list(reversed(pairs)))
print(sorted([2.5, 1, True, 0.5]), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
stable = sorted([("x", 1), ("y", 0), ("z", 1), ("w", 0)], key=lambda t: t[1])
print(stable)
