from collections import Counter, OrderedDict, deque
a, b = Counter("abc"), Counter("aabbcc")
print(a <= b, a < b, b >= a, b > a, a <= a, a < a, Counter(a=1) <= Counter(a=1, b=0), Counter() < Counter(x=1))
od = OrderedDict(b=1, a=2)
print(od | {"c": 3}, {"z": 0} | od, type(od | {}).__name__)
od |= {"d": 4}
print(od)
dq = deque([1, 2, 3])
print(dq * 2, 2 * dq, dq + deque([4]), deque([1, 2], maxlen=3) * 2)
dq *= 2
print(dq)
