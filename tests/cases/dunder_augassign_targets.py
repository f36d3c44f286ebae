# Augmented assignment on attributes and subscripts: evaluation order and calls
class Box:
    def __init__(self):
        self.__dict__["data"] = {"n": 1}
        self.__dict__["log"] = []
    def __getattr__(self, name):
        self.log.append(f"getattr {name}")
        return self.data[name]
    def __setattr__(self, name, value):
        self.log.append(f"setattr {name}={value}")
        self.data[name] = value

b = Box()
b.n += 5
b.n *= 2
print(b.data, b.log)

class Seq:
    def __init__(self):
        self.items = [10, 20, 30]
        self.log = []
    def __getitem__(self, i):
        self.log.append(f"get[{i}]")
        return self.items[i]
    def __setitem__(self, i, v):
        self.log.append(f"set[{i}]={v}")
        self.items[i] = v

s = Seq()
calls = []
def idx(i):
    calls.append(f"idx({i})")
    return i
def val(v):
    calls.append(f"val({v})")
    return v
s[idx(1)] += val(5)
s[idx(-1)] -= val(30)
print(s.items, s.log, calls)

# the target expression is evaluated once
counter = [0]
def get_obj():
    counter[0] += 1
    return s
get_obj().items[0] += 1
get_obj().items[0] += 1
print(s.items, counter)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + other)
    def __repr__(self):
        return f"Num({self.v})"
grid = [[Num(0)] * 2 for _ in range(2)]
grid[0][1] += 5
grid[1][0] += 7
print(grid)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("z", []).append(0)
d["z"] += d["k"]
print(d)
x = y = [1]
x += [2]
print(x, y, x is y)
x = y = (1,)
x += (2,)
print(x, y, x is y)
