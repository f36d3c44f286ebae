# Shared mutable class attributes vs per-instance ones
class Bad:
    items = []
    def add(self, x):
        self.items.append(x)

class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)

b1, b2 = Bad(), Bad()
b1.add(1)
b2.add(2)
print("Bad:", b1.items, b2.items, Bad.items, b1.items is b2.items)
g1, g2 = Good(), Good()
g1.add(1)
g2.add(2)
print("Good:", g1.items, g2.items, g1.items is g2.items)

# rebinding instead of mutating creates an instance attribute
b1.items = b1.items + [99]
print(b1.items, b2.items, Bad.items)
b2.items += [100]  # += mutates the shared list, then binds instance attr to it
print(b1.items, b2.items, Bad.items, b2.items is Bad.items)
print(sorted(vars(b1)), sorted(vars(b2)))

class Config:
    defaults = {"color": "red", "size": 3}
    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)
    def get(self, k):
        return self.settings[k]

c1 = Config(size=5)
c2 = Config(color="blue")
print(c1.settings, c2.settings, Config.defaults)
Config.defaults["shape"] = "round"
c3 = Config()
print(sorted(c3.settings.items()), "shape" in c1.settings)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1       # class-level
        self.count += 100        # reads class value, writes instance attr
for _ in range(3):
    c = Counter()
    print(Counter.count, c.count)
