# pop, popitem, clear, del
d = {i: str(i) for i in range(6)}
print(d.pop(3), d.pop(3, 'gone'), d.pop(99, None), d)
try:
    d.pop(99)
except KeyError as e:
    print('KeyError:', e)
print(d.popitem(), d.popitem(), d)
d[10] = 'ten'
print(d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print('KeyError:', ex)
d.clear()
print(d, len(d))
stack = {'a': 1, 'b': 2, 'c': 3}
while stack:
    k, v = stack.popitem()
    print(k, v, stack)
