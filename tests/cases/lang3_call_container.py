# __call__, __len__, __bool__, __getitem__/__setitem__/__delitem__ with slices
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, offset=0):
        return x * self.k + offset
triple = Multiplier(3)
print(triple(4), triple(4, offset=1), callable(triple), callable(Multiplier), callable(3))
print(list(map(triple, [1, 2, 3])))

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
c(); c()
print(c(), c.n)

class Matrix:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.data = [[0] * cols for _ in range(rows)]
    def __getitem__(self, key):
        r, c = key
        return self.data[r][c]
    def __setitem__(self, key, value):
        r, c = key
        self.data[r][c] = value
    def __len__(self):
        return self.rows * self.cols
m = Matrix(2, 3)
m[0, 1] = 5
m[1, 2] = 7
print(m[0, 1], m[1, 2], m[0, 0], len(m), m.data)

class SeqLike:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            print("  slice", i.start, i.stop, i.step)
            return SeqLike(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"SeqLike({self.data})"
s = SeqLike(range(10))
print(s[2], s[-1], s[2:5], s[::3], s[:])
s[0] = "zero"
del s[1]
del s[-3:]
print(s, len(s))
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)

class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Truthy()), not Empty(), "yes" if Truthy() else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    Empty()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Empty()()
except TypeError as e:
    print("TypeError:", e)
