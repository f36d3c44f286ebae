# del on names, attributes and items; NameError afterwards
a = 1
b = [1, 2, 3]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)

x, y, z = 1, 2, 3
del x, y
print("z still", z)
try:
    x
except NameError as e:
    print("NameError:", e)

def local_del():
    v = "value"
    w = v
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e} (w={w})"
print(local_del())

lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

class Obj:
    pass
o = Obj()
o.p = 1
o.q = 2
del o.p
print(sorted(vars(o)))

alias = b
del b
print("alias keeps the object alive:", alias)

for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print("NameError:", e)

(p, q), r = (1, 2), 3
del (p, q), r
print("p" in globals(), "q" in globals(), "r" in globals())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
