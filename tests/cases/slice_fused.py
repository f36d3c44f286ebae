# Slicing with a fresh slice per access (the compiler may avoid
# allocating it): results, errors and slices kept by user code.
kept = []


class Keep:
    def __getitem__(self, k):
        kept.append(k)
        return k

    def __setitem__(self, k, v):
        kept.append((k, v))


class LS(list):
    def __getitem__(self, k):
        kept.append(("LS", k))
        return super().__getitem__(k)


k = Keep()
print(k[1:2], k[::3], k[:], k[None:5:None])
k[1:4] = "x"
print(kept)
print(kept[0].start, kept[0].stop, kept[0].step, kept[0] == slice(1, 2))
l = list(range(10))
print(l[2:5], l[::-2], l[-3:], l[:-7:-1], l[100:], l[3:1])
l[2:5] = ["a", "b"]
print(l)
l[::2] = range(len(l[::2]))
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    print(l[::0])
except ValueError as e:
    print("ValueError", e)
try:
    print(l["a":])
except TypeError as e:
    print("TypeError", e)
s = "hello world"
print(s[1:4], s[::-1], s[-5:], s[2:2], s[1.0:] if False else "")
t = (1, 2, 3, 4)
print(t[1:], t[::2], t[5:])
b = b"bytes!"
print(b[1:3], b[::-1])
ls = LS([1, 2, 3])
print(ls[1:], kept[-1])
n = 3
print(l[n - 1:n + 1], s[n:], t[:n])
for i in range(3):
    print(s[i:i + 2], l[i::4])
x = None
try:
    x[1:2]
except TypeError as e:
    print("TypeError", e)
try:
    x[1:2] = 5
except TypeError as e:
    print("TypeError", e)
