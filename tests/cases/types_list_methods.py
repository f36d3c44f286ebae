# list methods and their errors.
a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.extend("ab"); a.insert(0, 0); a.insert(-1, "x"); a.insert(100, "end"); a.insert(-100, "start")
print(a, len(a), a.index(2), a.index("a", 5), a.count(1), a.count("z"))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a)
b = a.copy(); b.reverse(); print(b, a is b, a == b[::-1])
b.clear(); print(b)
for bad in [lambda: a.index(99), lambda: a.index(3, 2), lambda: a.remove(99), lambda: [].pop(), lambda: a.pop(100), lambda: a.pop("a"), lambda: a.insert("a", 1),
            lambda: a.extend(5), lambda: a.append(), lambda: a.append(1, 2), lambda: a.count(), lambda: a.index(), lambda: a.sort(1), lambda: a.copy(1),
            lambda: [1, "a"].sort(), lambda: [1, None, 2].sort(), lambda: a.sort(key=1), lambda: a.sort(reversed=True), lambda: list(1), lambda: list(1, 2),
            lambda: a[100], lambda: a["1"], lambda: a.__setitem__(100, 1), lambda: a.__delitem__(-100), lambda: a + (1,), lambda: a * 1.5, lambda: a - a,
            lambda: [] < 1, lambda: hash([]), lambda: {[]: 1}, lambda: {[1]}, lambda: a.__getitem__(1.0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
c = [5, 3, 1]
c += "xy"
print(c)
c *= 2
print(c, [1] * 0, [1] * -1, [[0]] * 2, 2 * [7])
print([1, 2] < [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 9], [1, 2] == [1, 2], [1] == [1.0], [] < [0], [1, [2]] == [1, [2]], [1, 2] <= [1, 2], [3] >= [2, 9], [1, 2] != [1, 2])
d = [1, 2, 3, 2, 1]
print(d.index(2, 2), d.index(1, -2), d.index(2, 0, 2), list(reversed(d)), sorted(d, reverse=True), 2 in d, 9 not in d, min(d), max(d), sum(d))
e = list(range(10))
print(e[::2], e[1::3], e[::-3], e[8:2:-2], e[-3:], e[:-7], e[100:], e[-100:2], e[::1][:0], e[slice(2, 5)], e[slice(None, None, -4)])
try:
    e[::0]
except ValueError as x:
    print(x)
print(list(), list("abc"), list({1: 2}), list(range(3)), list((1, 2)), list(x * 2 for x in range(3)), [*range(2), *"ab"])
class L(list):
    pass
l = L([1, 2])
l.append(3)
print(l, type(l).__name__, l + [4], type(l + [4]).__name__, isinstance(l, list), l == [1, 2, 3])
