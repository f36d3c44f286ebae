# Slicing exact lists with small-int, None and absent bounds (the runtime's
# fast path) against the general path (bools, big ints, subclasses).

a = list(range(10))
for lo in (None, -12, -10, -3, -1, 0, 1, 4, 9, 10, 15):
    for hi in (None, -12, -4, -1, 0, 2, 7, 10, 20):
        for step in (None, 1, 2, 3, -1, -2, -5, 11, -11):
            r = a[lo:hi:step]
            assert r == list(a)[slice(lo, hi, step)]
print(a[::-1], a[5::-1], a[:3:-1], a[-2::-3], a[2:8:2])
print(a[True:], a[:2**70], a[-2**70:3], a[1:9:2**70], a[::-2**70])
print(a[0:0], a[5:2], a[9:0:-1], a[0:9:-1])
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError", e)

# Assignment with step 1 or absent: same length, shorter, longer.
b = list(range(8))
b[2:5] = [20, 30, 40]
print(b)
b[2:5] = (7,)
print(b)
b[:0] = ["x", "y"]
print(b)
b[-1:] = [1, 2, 3]
print(b)
b[5:2] = [99]
print(b)
b[100:] = [100]
print(b)
b[:-100] = [-100]
print(b)
b[1:3:1] = []
print(b)
b[:] = b
print(b)
b[1:4] = b
print(b)
c = [0, 1, 2, 3, 4, 5]
c[::2] = [10, 20, 30]
print(c)
c[::-1] = c
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError", e)
c[1:3] = "ab"
print(c)
c[True:2**65] = [7, 8]
print(c)

# Reversal in place, as fannkuch does it.
perm = [3, 1, 4, 1, 5, 9, 2, 6]
for k in range(len(perm)):
    perm[: k + 1] = perm[k::-1]
    print(perm)


class L(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        list.__setitem__(self, i, v)


s = L([1, 2, 3, 4])
print(s[1:3], type(s[1:3]).__name__)
s[0:2] = [9]
print(s)
t = [1, 2, 3]
t[0:1] = L([5, 6])
print(t)
