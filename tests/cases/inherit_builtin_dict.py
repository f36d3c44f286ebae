# Subclassing dict: __missing__, overriding __setitem__, extra methods
class DefaultList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value

groups = DefaultList()
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups, len(groups), type(groups).__name__)
print(groups.get("z"), "z" in groups, groups["z"], "z" in groups)

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, items):
        for it in items:
            self[it] += 1
        return self
    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

c = Counter().add("mississippi")
print(c, c["s"], c["q"], "q" in c)
print(c.most_common(2))

class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return super().__contains__(key.lower())

d = LowerDict()
d["Name"] = "ann"
d["AGE"] = 3
print(d, d["NAME"], "name" in d, "NaMe" in d, "x" in d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d.get("NAME"))  # dict.get does not go through __getitem__

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value

a = AttrDict(x=1, y=2)
a.z = 3
print(a, a.x + a.y + a.z, sorted(a.keys()))
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(a, dict), dict(a) == {"x": 1, "y": 2, "z": 3})
