class T(tuple): pass
a, b = T((1, 2)); print(a, b)
a, b = [3, 4]; print(a, b)
try:
    a, b = (1, 2, 3)
except ValueError as e: print(e)
try:
    a, b = [1]
except ValueError as e: print(e)
try:
    a, b = 5
except TypeError as e: print(e)
x, y = "ab"; print(x, y)
(p, q), r = ((1, 2), 3); print(p, q, r)
for k, v in {"a": 1}.items(): print(k, v)
