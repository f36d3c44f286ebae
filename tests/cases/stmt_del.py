# del on names, list items, slices and dict keys
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print('IndexError:', e)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print('NameError:', e)
nested = {'k': [1, 2, 3]}
del nested['k'][1]
print(nested)
