from collections import UserDict, UserList

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        self.data[key.lower()] = value

d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), "a" in d, d["b"], d.get("z", 0), list(d), sorted(d.items()))
d.update([("D", 4)])
print(d, d.pop("d"), d.setdefault("e", 5), d == {"a": 1, "b": 2, "c": 3, "e": 5})

class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
m = Missing()
print(m["ab"], m.copy(), type(m.copy()).__name__, UserDict.fromkeys("xy", 0))
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)

class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([3, 1, 2])
s.push(5)
print(s, len(s), s[0], s[1:], type(s[1:]).__name__, 5 in s)
s.sort()
print(s, s + [9], s * 2, s == [1, 2, 3, 5], s.pop(), s.index(2))
s += Stack([7])
s.extend([8])
s.reverse()
print(s, list(iter(s)), s.count(7), s < [9])
