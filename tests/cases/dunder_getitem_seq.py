# __getitem__ with ints and slices; a custom sequence
class Range2:
    """Like range(start, stop) but with a step of 2, implemented by hand."""
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __len__(self):
        return max(0, (self.stop - self.start + 1) // 2)
    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            print(f"  slice {index} -> indices({start}, {stop}, {step})")
            return [self[i] for i in range(start, stop, step)]
        if not isinstance(index, int):
            raise TypeError(f"indices must be integers, not {type(index).__name__}")
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("Range2 index out of range")
        return self.start + 2 * index
    def __repr__(self):
        return f"Range2({self.start}, {self.stop})"

r = Range2(3, 14)
print(r, len(r), r[0], r[1], r[-1], r[-6])
print(r[1:4])
print(r[::2])
print(r[::-1])
print(r[-2:])
print(r[10:20])
try:
    r[6]
except IndexError as e:
    print("IndexError:", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError:", e)
print(list(r), 7 in r, 8 in r, sum(r))  # iteration falls back to __getitem__
print(sorted(r, reverse=True)[:3], max(r), list(reversed(r)))
a, b, *rest = r
print(a, b, rest)

class Echo:
    def __getitem__(self, key):
        return key
e = Echo()
print(e[1], e["k"], e[1:2], e[::3], e[1, 2], e[1:2, ::-1], e[...], e[None])
s = e[2:8:3]
print(s.start, s.stop, s.step, type(s).__name__)
print(slice(None, 5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))

class Grid:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]
g = Grid(["abc", "def", "ghi"])
print(g[0, 0], g[1, 2], g[2, -1], "".join(g[i, i] for i in range(3)))
