# update with dicts, pairs and kwargs; | and |= operators
d = {'a': 1, 'b': 2}
d.update({'b': 20, 'c': 30})
print(d)
d.update([('d', 4), ('a', 10)])
print(d)
d.update(e=5, a=100)
print(d)
d.update()
print(d)
x = {'k': 1, 'j': 2}
y = {'j': 3, 'm': 4}
print(x | y, y | x, x, y)
x |= y
print(x)
x |= [('z', 0)]
print(x)
try:
    d.update([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    d.update([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
merged = {}
for part in [{'a': 1}, {'b': 2}, {'a': 3, 'c': 4}]:
    merged.update(part)
print(merged)
