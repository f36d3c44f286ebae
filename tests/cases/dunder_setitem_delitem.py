# __setitem__ and __delitem__ with ints, slices and keys
class Log:
    def __init__(self):
        self.data = {}
        self.events = []
    def __setitem__(self, key, value):
        self.events.append(f"set {key!r}={value!r}")
        self.data[key] = value
    def __getitem__(self, key):
        self.events.append(f"get {key!r}")
        return self.data[key]
    def __delitem__(self, key):
        self.events.append(f"del {key!r}")
        del self.data[key]

log = Log()
log["a"] = 1
log["b"] = [1, 2]
log["a"] += 10
log["b"][0] = 99
del log["b"]
log[1, 2] = "tuple key"
x = log[1, 2]
try:
    del log["zzz"]
except KeyError as e:
    print("KeyError:", e)
for ev in log.events:
    print(ev)
print(log.data)

class Slots:
    def __init__(self, n):
        self.cells = [0] * n
    def __setitem__(self, index, value):
        if isinstance(index, slice):
            idxs = range(*index.indices(len(self.cells)))
            values = list(value)
            if len(values) != len(idxs):
                raise ValueError(f"need {len(idxs)} values, got {len(values)}")
            for i, v in zip(idxs, values):
                self.cells[i] = v
        else:
            self.cells[index] = value
    def __delitem__(self, index):
        if isinstance(index, slice):
            for i in sorted(range(*index.indices(len(self.cells))), reverse=True):
                self.cells[i] = None
        else:
            self.cells[index] = None
    def __repr__(self):
        return f"Slots{self.cells}"

s = Slots(8)
s[0] = "a"
s[-1] = "z"
s[2:5] = "xyz"
print(s)
s[::2] = [1, 2, 3, 4]
print(s)
try:
    s[1:3] = [1]
except ValueError as e:
    print("ValueError:", e)
del s[1]
del s[5:]
print(s)

class ReadOnly:
    def __getitem__(self, i):
        return i
ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ro[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Log()["missing"]
except KeyError as e:
    print("KeyError:", e)
