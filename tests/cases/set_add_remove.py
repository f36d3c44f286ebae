# Sets after adds and removes (order of int sets printed)
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.remove(1)
print(s)
s.discard(100)
s.discard(3)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print('KeyError:', e)
for i in range(20):
    s.add(i * 5)
print(s)
for i in range(0, 100, 10):
    s.discard(i)
print(s)
for i in [1, 2, 3, 50, 51]:
    s.add(i)
print(s)
t = set()
for i in range(40):
    t.add(i)
for i in range(0, 40, 3):
    t.remove(i)
print(t)
for i in range(100, 130):
    t.add(i)
print(t)
u = {3, 11, 19}
u.remove(11)
u.add(27)
u.add(11)
print(u)
p = {40, 8, 24}
print(p.pop(), p)
e = set()
try:
    e.pop()
except KeyError as ex:
    print('KeyError:', ex)
