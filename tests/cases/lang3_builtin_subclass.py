# Subclassing list, dict, str, int, tuple, Exception
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return f"Stack({list.__repr__(self)})"
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, isinstance(s, list))
print(s + [9], type(s + [9]).__name__, sorted(s, reverse=True), s == [1, 2, 3, 4])

class DefaultDict(dict):
    def __init__(self, default, *args, **kw):
        super().__init__(*args, **kw)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]
d = DefaultDict(list, a=[1])
d["b"].append(2)
d["a"].append(3)
print(sorted(d.items()), len(d), "c" in d, d.get("c"))

class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["KEY"] = 1
print(ld["key"], ld["Key"], list(ld.keys()), dict(ld))

class Name(str):
    def greet(self):
        return "hi " + self
    @property
    def initial(self):
        return self[0].upper()
n = Name("alice")
print(n.greet(), n.initial, n.upper(), type(n.upper()).__name__, n == "alice", len(n), repr(n))

class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, isinstance(e, int), repr(e))
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise AppError(404, "not found")
except AppError as err:
    print(err, err.code, err.args, repr(err))

class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"
print(Celsius(21.456), [Celsius(1)], Celsius(2) + 1)
