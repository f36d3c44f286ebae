# Sorting user objects with key functions and __lt__
class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age
    def __repr__(self):
        return f"{self.name}({self.grade},{self.age})"

people = [Student("dora", 88, 20), Student("al", 95, 22), Student("cy", 88, 19),
          Student("bo", 70, 22), Student("eve", 95, 20)]
print(sorted(people, key=lambda s: s.name))
print(sorted(people, key=lambda s: s.grade))
print(sorted(people, key=lambda s: (-s.grade, s.name)))
print(sorted(people, key=lambda s: s.age, reverse=True))
print(min(people, key=lambda s: s.age), max(people, key=lambda s: s.grade))
try:
    sorted(people)
except TypeError as e:
    print("TypeError:", e)

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"v{self.text}"

vs = [Version(t) for t in ["1.10", "1.2", "0.9.1", "1.2.1"]]
print(sorted(vs))
print(max(vs))
print(min(vs))
vs.sort(reverse=True)
print(vs)

# stability: equal keys keep input order
records = [Student(n, g, 0) for n, g in [("a", 1), ("b", 2), ("c", 1), ("d", 2), ("e", 1)]]
records.sort(key=lambda s: s.grade)
print(records)
groups = {}
for s in people:
    groups.setdefault(s.grade, []).append(s.name)
for g in sorted(groups, reverse=True):
    print(g, groups[g])
