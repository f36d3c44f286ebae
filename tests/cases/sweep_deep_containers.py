def mk(n):
    a = []
    cur = a
    for _ in range(n):
        cur.append([]); cur = cur[0]
    return a
a, b = mk(20000), mk(20000)
try:
    print(a == b)
except RecursionError as e:
    print(e)
t = ()
for i in range(20000):
    t = (t,)
d = {}
cur = d
for i in range(20000):
    cur["k"] = {}; cur = cur["k"]
import copy
try:
    copy.deepcopy(d)
except RecursionError as e:
    print("deepcopy RecursionError")
try:
    print(len(str(t)))
except RecursionError as e:
    print(e)
import json
try:
    json.dumps(d)
except RecursionError as e:
    print(e)
l = [1]; l.append(l); print(l, l == l)
d2 = {}; d2["self"] = d2; print(d2)
print(mk(50) == mk(50), mk(3) < mk(4))
